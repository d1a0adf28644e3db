using System;
using System.IO;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>Tables of a layout with a variable-length field: the heap file beside them, and values through Append, reopen and the records' heap.</summary>
public sealed class HeapTableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Create_writes_a_heap_file_named_by_the_table_id_in_the_layout_text()
    {
        string path = _dir.File("notes.tbl");
        using var table = MappedTable<Note>.Create(path, 4);

        string heap = Assert.Single(HeapFiles.Of(_dir.Path, "notes.tbl"));
        TableHeapStore store = table.HeapStore!;
        Assert.Equal(HeapFormat.PathFor(Path.GetFullPath(path), store.TableId), heap);
        Assert.Matches(@"^notes\.tbl\.[0-9a-f]{32}\.heap$", Path.GetFileName(heap));
        byte[] header = HeapFiles.ReadShared(path);
        string firstLine = System.Text.Encoding.UTF8.GetString(header, TableFormat.LayoutTextOffset, 300).Split('\n')[0];
        Assert.EndsWith($" heap={store.TableId}", firstLine, StringComparison.Ordinal);
        Assert.Equal(0, table.HeapLength);
    }

    [Fact]
    public void Appended_values_read_back_through_the_records_heap_and_after_reopening()
    {
        string path = _dir.File("notes.tbl");
        byte[][] bodies = [[], [1], [.. Enumerable.Range(0, 13).Select(i => (byte)i)], new byte[4096], [0xFF, 0xFE, 0x80]];
        using (var table = MappedTable<Note>.Create(path, 2))
        {
            for (int i = 0; i < bodies.Length; i++)
            {
                table.Append(Note.Create(i, bodies[i]));
            }

            Assert.Equal(0 + 8 + 16 + 4096 + 8, table.HeapLength);
            Assert.Equal(bodies[2], Note.BodyOf(table.GetReadOnly(2)).ToArray());
        }

        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal(bodies.Length, reader.Count);
        for (int i = 0; i < bodies.Length; i++)
        {
            Note loaded = reader[i].Load();
            Assert.Equal(bodies[i], loaded.Body);
            Assert.True(loaded.IsConsistent);
            Assert.Equal(bodies[i], Note.BodyOf(reader[i]).ToArray());
        }

        Assert.Equal(0UL, Note.BodyWord(reader[0].Bytes));
        Assert.True(reader[1].Heap.IsAttached);
    }

    [Fact]
    public void A_copy_on_write_table_appends_values_privately_and_leaves_both_files_as_they_were()
    {
        string path = _dir.File("notes.tbl");
        string heap = HeapFiles.CreateTable(path, [1, 2, 3]);
        byte[] heapBefore = File.ReadAllBytes(heap);
        using (var table = MappedTable<Note>.Open(path, MapAccess.CopyOnWrite))
        {
            table.Append(Note.Create(1, [4, 5]));
            Assert.Equal([4, 5], table.GetReadOnly(1).Load().Body);
            Assert.Equal(16, table.HeapLength);
        }

        Assert.Equal(heapBefore, File.ReadAllBytes(heap));
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal(1, reader.Count);
        Assert.Equal(8, reader.HeapLength);
    }

    [Fact]
    public void Enumeration_and_AsEnumerable_hand_out_records_with_their_heap()
    {
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [1], [2, 2], [3, 3, 3]);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        int seen = 0;
        foreach (ReadOnlyMappedRecord<Note> record in reader)
        {
            seen++;
            Assert.Equal(seen, Note.BodyOf(record).Length);
        }

        Assert.Equal(3, seen);
        Assert.Equal([1, 2, 3], reader.AsEnumerable().Select(note => note.Body.Length));
        using var writer = MappedTable<Note>.Open(path, MapAccess.ReadWrite);
        foreach (MappedRecord<Note> record in writer.EnumerateWritable())
        {
            Assert.True(record.Heap.IsAttached);
            Assert.True(record.Load().IsConsistent);
        }

        Assert.Equal(1, writer.BinarySearch(2L, record => record.Load().Body.LongLength));
    }
}
