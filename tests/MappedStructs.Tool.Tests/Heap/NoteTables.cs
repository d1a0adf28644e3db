using System;
using System.IO;
using System.Linq;
using System.Text;
using MappedStructs.Tool.Tests.Layouts;

namespace MappedStructs.Tool.Tests.Heap;

/// <summary>Tables of <see cref="Note"/> and <see cref="NoteBig"/> with values drawn from a seed (empty, non-ASCII, long), and ways to damage them.</summary>
internal static class NoteTables
{
    private static readonly string[] s_bodies = ["", "a", "hello, heap", "Ωmega 日本 ✓", new string('x', 300)];

    public static string Body(int i) => s_bodies[i % s_bodies.Length];

    public static byte[] Payload(int i) => i % 4 == 0 ? [] : Enumerable.Range(0, i % 37).Select(b => (byte)(b * 7 + i)).ToArray();

    public static int[] Tags(int i) => Enumerable.Range(0, i % 6).Select(t => (t * 1000) - i).ToArray();

    public static string Write(string path, int count)
    {
        using var table = MappedTable<Note>.Create(path, Math.Max(count, 1));
        for (int i = 0; i < count; i++)
        {
            table.Append(new Note { Id = i, Body = Body(i), Payload = Payload(i), Tags = Tags(i) });
        }

        return path;
    }

    public static string WriteBig(string path, int count)
    {
        using var table = MappedTable<NoteBig>.Create(path, Math.Max(count, 1));
        for (int i = 0; i < count; i++)
        {
            table.Append(new NoteBig { Id = i, Body = Body(i), Payload = Payload(i), Tags = Tags(i).Select(t => (long)t << 20).ToArray() });
        }

        return path;
    }

    /// <summary>Overwrites the 8-byte reference of <paramref name="field"/> (a field offset) in record <paramref name="row"/> with <paramref name="reference"/>, little-endian.</summary>
    public static void PatchReference(string path, long row, int field, HeapReference reference)
    {
        long recordsOffset;
        using (var table = DescribedTable.Open(path))
        {
            recordsOffset = table.RecordsOffset + (row * table.Layout.Size) + field;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Position = recordsOffset;
        stream.Write(BitConverter.GetBytes(reference.Bits));
    }

    /// <summary>Overwrites heap bytes at <paramref name="offset"/> of the heap's data (past its 4096-byte header page).</summary>
    public static void PatchHeap(string heapPath, long offset, byte[] bytes)
    {
        using var stream = new FileStream(heapPath, FileMode.Open, FileAccess.Write);
        stream.Position = 4096 + offset;
        stream.Write(bytes);
    }

    public static string Utf8Hex(string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text));
}
