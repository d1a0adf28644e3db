using System;
using System.Buffers.Binary;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// The table header format as docs/tables.md states it, written out independently of the runtime's code so that tests
/// can forge headers (and fix up their checksum) to reach each validation rule.
/// </summary>
internal static class TableFileBytes
{
    public const int VersionOffset = 8;
    public const int HeaderSize = 12;
    public const int RecordSize = 16;
    public const int TextLength = 20;
    public const int Fingerprint = 24;
    public const int RecordsOffset = 32;
    public const int Checksum = 40;
    public const int Capacity = 48;
    public const int Count = 56;
    public const int Text = 64;

    public static void SetUInt32(byte[] file, int offset, uint value, bool fixChecksum = true)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(offset), value);
        if (fixChecksum)
        {
            FixChecksum(file);
        }
    }

    public static void SetInt64(byte[] file, int offset, long value, bool fixChecksum = true)
    {
        BinaryPrimitives.WriteInt64LittleEndian(file.AsSpan(offset), value);
        if (fixChecksum)
        {
            FixChecksum(file);
        }
    }

    /// <summary>Recomputes FNV-1a 64 over bytes [0, 40) and the layout text.</summary>
    public static void FixChecksum(byte[] file)
    {
        int textLength = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(TextLength)), (uint)(file.Length - Text));
        ulong hash = 0xCBF29CE484222325UL;
        foreach (byte b in file.AsSpan(0, Checksum))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        foreach (byte b in file.AsSpan(Text, textLength))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(Checksum), hash);
    }
}
