using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>A reference read from a file is resolved only within the heap's published length; anything else is a clear exception, never a read outside the mapping.</summary>
public sealed class HeapReferenceValidationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_reference_past_the_published_length_names_the_record_and_the_field()
    {
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [1, 2], [3, 4, 5]);
        HeapFiles.WriteBodyWord(path, 1, HeapReference.Create(64 * 1024, 16).Bits);

        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => reader[1].Load());
        Assert.Contains("Note.Body of record 1 of table", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(path), error.Message, StringComparison.Ordinal);
        Assert.Contains("[65536, 65552)", error.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2], reader[0].Load().Body);
    }

    [Fact]
    public void A_reference_ending_one_byte_past_the_published_length_is_refused_and_one_ending_at_it_reads()
    {
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, new byte[16]);
        HeapFiles.WriteBodyWord(path, 0, HeapReference.Create(8, 8).Bits);
        using (var reader = ReadOnlyMappedTable<Note>.Open(path))
        {
            Assert.Equal(8, reader[0].Load().Body.Length);
        }

        HeapFiles.WriteBodyWord(path, 0, HeapReference.Create(8, 9).Bits);
        using var again = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Throws<InvalidDataException>(() => again[0].Load());
    }

    [Fact]
    public void The_largest_encodable_reference_is_refused_without_overflow()
    {
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [1]);
        HeapFiles.WriteBodyWord(path, 0, ulong.MaxValue);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Throws<InvalidDataException>(() => reader[0].Load());
    }

    [Fact]
    public void A_bad_published_length_seen_by_a_refresh_names_the_heap_file()
    {
        string path = _dir.File("notes.tbl");
        string heap = HeapFiles.CreateTable(path, [1]);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        MappedHeap mapped = reader[0].Heap;

        // As a writer elsewhere (or damage) would: the file's header now publishes a length its data cannot hold.
        HeapFiles.WriteInt64(heap, HeapFormat.PublishedLengthOffset, 1L << 40);
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => reader.HeapStore!.Refresh(mapped));
        Assert.Contains(heap, error.Message, StringComparison.Ordinal);
        Assert.Contains("1099511627776", error.Message, StringComparison.Ordinal);

        HeapFiles.WriteInt64(heap, HeapFormat.PublishedLengthOffset, 12);
        Assert.Contains("multiple of 8", Assert.Throws<InvalidDataException>(() => reader.HeapStore!.Refresh(mapped)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_table_refuses_to_append_values_with_a_clear_message()
    {
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [1]);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => HeapFields.Append(reader[0].Heap, [1, 2], Note.BodyField));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Contains(Note.BodyField, error.Message, StringComparison.Ordinal);

        using var readMapped = MappedTable<Note>.Open(path);
        Assert.Throws<InvalidOperationException>(() => readMapped.Append(Note.Create(1, [2])));
        Assert.Throws<InvalidOperationException>(() => HeapFields.Append(readMapped.GetReadOnly(0).Heap, [1], Note.BodyField));
        Assert.Equal(8, readMapped.HeapLength);
    }

    [Fact]
    public void A_disposed_table_s_heap_throws_object_disposed_on_its_slow_path()
    {
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [1]);
        var reader = ReadOnlyMappedTable<Note>.Open(path);
        MappedHeap heap = reader[0].Heap;
        reader.Dispose();
        Assert.Equal(0, heap.Length);
        Assert.Throws<ObjectDisposedException>(() => reader.HeapStore!.Refresh(heap));
        Assert.Throws<ObjectDisposedException>(() => reader.HeapLength);
    }
}
