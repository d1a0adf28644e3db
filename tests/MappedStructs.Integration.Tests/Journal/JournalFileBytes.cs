using System;
using System.Buffers.Binary;
using System.IO;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>Edits a journal's files the way a bug, a crash or another program could, keeping or breaking their checksums.</summary>
internal static class JournalFileBytes
{
    private const ulong Basis = 0xCBF29CE484222325UL;

    /// <summary>Changes a cycle file's header and stores a matching checksum, so only the changed field can be refused.</summary>
    public static void RewriteCycleHeader(string path, Action<byte[]> edit) => RewriteHeader(path, 64, edit);

    /// <summary>Changes journal.meta's header and stores a matching checksum.</summary>
    public static void RewriteMetaHeader(string path, Action<byte[]> edit) => RewriteHeader(path, 56, edit);

    public static void FlipByte(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        stream.Position = offset;
        int value = stream.ReadByte();
        stream.Position = offset;
        stream.WriteByte((byte)(value ^ 0x5A));
    }

    public static void WriteInt32(string path, long offset, int value)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        stream.Position = offset;
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    public static void Truncate(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        stream.SetLength(length);
    }

    private static void RewriteHeader(string path, int checksumOffset, Action<byte[]> edit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        byte[] header = new byte[4096];
        stream.ReadExactly(header);
        edit(header);
        ulong hash = Basis;
        foreach (byte b in header.AsSpan(0, checksumOffset))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(checksumOffset), hash);
        stream.Position = 0;
        stream.Write(header);
    }
}
