using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>Tables of <see cref="Note"/> with garbage in their heaps, and the heap files beside them, for the compaction tests.</summary>
internal static class CompactionFiles
{
    /// <summary>The bytes a value takes in a heap: its length rounded up to 8 (0 for an empty value).</summary>
    public static long Padded(int length) => (length + 7L) / 8 * 8;

    /// <summary>Every <c>&lt;table&gt;.&lt;id&gt;.heap</c> file beside <paramref name="tablePath"/>.</summary>
    public static string[] HeapsBeside(string tablePath) =>
        [.. HeapFiles.Of(Path.GetDirectoryName(tablePath)!, Path.GetFileName(tablePath)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Gives note <paramref name="index"/> the body <paramref name="body"/> the way a generated setter does (the value
    /// appended, the word swapped), with the check rewritten to match; the old body becomes garbage.
    /// </summary>
    public static void Rewrite(MappedTable<Note> table, long index, byte[] body)
    {
        MappedRecord<Note> record = table[index];
        long id = BinaryPrimitives.ReadInt64LittleEndian(record.Bytes);
        ulong word = HeapFields.Append(record.Heap, body, Note.BodyField);
        BinaryPrimitives.WriteUInt64LittleEndian(record.Bytes[Note.BodyOffset..], word);
        BinaryPrimitives.WriteUInt64LittleEndian(record.Bytes[Note.CheckOffset..], Note.Hash(id, body));
    }

    /// <summary>
    /// A table of <paramref name="records"/> notes whose bodies (<see cref="BodyFor"/>) were each written twice, so half of
    /// its heap is garbage; returns the heap length its live values take.
    /// </summary>
    public static long CreateWithGarbage(string path, int records)
    {
        using var table = MappedTable<Note>.Create(path, records);
        long live = 0;
        for (int i = 0; i < records; i++)
        {
            table.Append(Note.Create(i, new byte[BodyFor(i).Length]));
            Rewrite(table, i, BodyFor(i));
            live += Padded(BodyFor(i).Length);
        }

        return live;
    }

    /// <summary>The body of note <paramref name="id"/> in <see cref="CreateWithGarbage"/>: 0 to 199 bytes that depend on the id.</summary>
    public static byte[] BodyFor(long id) => [.. Enumerable.Range(0, (int)(id * 37 % 200)).Select(i => (byte)(id + i))];

    /// <summary>
    /// Asserts that <paramref name="path"/> holds <paramref name="count"/> records (by default <paramref name="records"/>)
    /// whose first <paramref name="records"/> are the notes <see cref="CreateWithGarbage"/> wrote, every one whole.
    /// </summary>
    public static void AssertHoldsTheNotes(string path, int records, int? count = null)
    {
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Xunit.Assert.Equal(count ?? records, reader.Count);
        for (int i = 0; i < records; i++)
        {
            Note note = reader[i].Load();
            Xunit.Assert.True(note.IsConsistent, $"note {i} is torn");
            Xunit.Assert.Equal(i, note.Id);
            Xunit.Assert.Equal(BodyFor(i), note.Body);
        }
    }
}
