using System;
using System.Buffers.Binary;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// The commit records of a version 2 header as docs/tables.md states them, written out independently of the runtime:
/// record k (k = sequence mod 2) at H - 1024 + 512k, holding sequence, count, flags and an FNV-1a 64 checksum of the 24 bytes before it.
/// </summary>
internal static class CommitRecordBytes
{
    public static int SlotOffset(int headerSize, int slot) => headerSize - 1024 + (512 * slot);

    /// <summary>The valid record with the higher sequence (wrap ignored: tests stay far from it), or null.</summary>
    public static (ulong Sequence, long Count, bool WriterActive)? Newest(byte[] file, int headerSize = 4096)
    {
        (ulong, long, bool)? newest = null;
        for (int slot = 0; slot < 2; slot++)
        {
            ReadOnlySpan<byte> record = file.AsSpan(SlotOffset(headerSize, slot), 32);
            ulong sequence = BinaryPrimitives.ReadUInt64LittleEndian(record);
            if (BinaryPrimitives.ReadUInt64LittleEndian(record[24..]) != Checksum(record) || (int)(sequence % 2) != slot)
            {
                continue;
            }

            if (newest is null || sequence > newest.Value.Item1)
            {
                newest = (sequence, BinaryPrimitives.ReadInt64LittleEndian(record[8..]), BinaryPrimitives.ReadUInt32LittleEndian(record[16..]) == 1);
            }
        }

        return newest;
    }

    /// <summary>Writes a valid record for <paramref name="sequence"/> into its slot.</summary>
    public static void Write(byte[] file, ulong sequence, long count, bool writerActive, int headerSize = 4096)
    {
        Span<byte> record = file.AsSpan(SlotOffset(headerSize, (int)(sequence % 2)), 32);
        record.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(record, sequence);
        BinaryPrimitives.WriteInt64LittleEndian(record[8..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(record[16..], writerActive ? 1u : 0u);
        BinaryPrimitives.WriteUInt64LittleEndian(record[24..], Checksum(record));
    }

    private static ulong Checksum(ReadOnlySpan<byte> record)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (byte b in record[..24])
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        return hash;
    }
}
