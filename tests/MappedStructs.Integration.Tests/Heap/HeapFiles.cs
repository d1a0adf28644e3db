using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>Making small tables of <see cref="Note"/> and editing their heap files' bytes for the tests.</summary>
internal static class HeapFiles
{
    /// <summary>Creates a table at <paramref name="path"/> holding one note per body, disposes it (a final commit), and returns its heap file's path.</summary>
    public static string CreateTable(string path, params byte[][] bodies)
    {
        using var table = MappedTable<Note>.Create(path, 2);
        for (int i = 0; i < bodies.Length; i++)
        {
            table.Append(Note.Create(i, bodies[i]));
        }

        return table.HeapStore!.Path;
    }

    /// <summary>Overwrites bytes of <paramref name="path"/> at <paramref name="offset"/>.</summary>
    public static void Write(string path, long offset, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Position = offset;
        stream.Write(bytes);
    }

    public static void WriteUInt32(string path, long offset, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        Write(path, offset, bytes);
    }

    public static void WriteInt64(string path, long offset, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        Write(path, offset, bytes);
    }

    public static long ReadInt64(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
        Span<byte> bytes = stackalloc byte[8];
        stream.Position = offset;
        stream.ReadExactly(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    /// <summary>Writes the reference word of record <paramref name="index"/>'s body in the table file itself, as corruption would.</summary>
    public static void WriteBodyWord(string tablePath, long index, ulong word)
    {
        using var table = MappedTable<Note>.Open(tablePath, MapAccess.ReadWrite);
        BinaryPrimitives.WriteUInt64LittleEndian(table[index].Bytes[Note.BodyOffset..], word);
    }

    /// <summary>
    /// The heap files of the table named <paramref name="tableFileName"/> in <paramref name="directory"/>
    /// (<c>&lt;table&gt;.&lt;id&gt;.heap</c>). Matched by name here: under Wine a search pattern with two dots
    /// (<c>log.tbl.*.heap</c>) finds nothing.
    /// </summary>
    public static string[] Of(string directory, string tableFileName) =>
        Directory.GetFiles(directory)
            .Where(file => Path.GetFileName(file) is { } name
                && name.StartsWith(tableFileName + ".", StringComparison.Ordinal)
                && name.EndsWith(".heap", StringComparison.Ordinal))
            .ToArray();

    /// <summary>
    /// The bytes of a file a table may have open: tables open their files sharing reads and writes, and
    /// <see cref="File.ReadAllBytes"/> asks for read sharing only, which Windows refuses while the table holds it.
    /// </summary>
    public static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
