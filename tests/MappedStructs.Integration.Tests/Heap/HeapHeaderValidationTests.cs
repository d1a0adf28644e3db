using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// Opening a table validates its heap file's header before any reference is resolved: every bad field is refused as
/// <see cref="InvalidTableFileException"/> naming the heap file, whichever way the table is opened.
/// </summary>
public sealed class HeapHeaderValidationTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _table;
    private readonly string _heap;

    public HeapHeaderValidationTests()
    {
        _table = _dir.File("notes.tbl");
        _heap = HeapFiles.CreateTable(_table, [1, 2, 3], new byte[100]);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_valid_heap_opens_every_way()
    {
        using var reader = ReadOnlyMappedTable<Note>.Open(_table);
        using var writer = MappedTable<Note>.Open(_table, MapAccess.ReadWrite);
        Assert.Equal(8 + 104, reader.HeapLength);
        Assert.Equal(8 + 104, writer.HeapStore!.CommittedLength);
    }

    [Fact]
    public void A_wrong_magic_is_refused()
    {
        HeapFiles.Write(_heap, HeapFormat.MagicOffset, "NOTAHEAP"u8);
        AssertRefused(TableFileProblem.BadMagic, "magic");
    }

    [Fact]
    public void An_unknown_version_is_refused()
    {
        HeapFiles.WriteUInt32(_heap, HeapFormat.VersionOffset, 2);
        AssertRefused(TableFileProblem.UnsupportedVersion, "version 2");
    }

    [Fact]
    public void A_nonzero_reserved_word_is_refused()
    {
        HeapFiles.WriteUInt32(_heap, HeapFormat.ZeroOffset, 1);
        AssertRefused(TableFileProblem.InvalidHeaderField, "reserved word");
    }

    [Fact]
    public void A_damaged_table_id_fails_the_checksum()
    {
        HeapFiles.Write(_heap, HeapFormat.TableIdOffset + 3, [0x5A]);
        AssertRefused(TableFileProblem.ChecksumMismatch, "checksum");
    }

    [Fact]
    public void A_damaged_checksum_is_refused()
    {
        HeapFiles.WriteInt64(_heap, HeapFormat.ChecksumOffset, 12345);
        AssertRefused(TableFileProblem.ChecksumMismatch, "checksum");
    }

    [Fact]
    public void The_heap_of_another_table_is_refused_naming_both_files()
    {
        string other = _dir.File("other.tbl");
        string otherHeap = HeapFiles.CreateTable(other, [9]);
        File.Copy(otherHeap, _heap, overwrite: true);

        InvalidTableFileException error = AssertRefused(TableFileProblem.HeapMismatch, "another table");
        Assert.Contains(Path.GetFullPath(_table), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_heap_is_refused_naming_both_files()
    {
        File.Delete(_heap);
        InvalidTableFileException error = AssertRefused(TableFileProblem.HeapMismatch, "does not exist");
        Assert.Contains(Path.GetFullPath(_table), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heap_shorter_than_its_header_is_refused()
    {
        using (var stream = new FileStream(_heap, FileMode.Open))
        {
            stream.SetLength(100);
        }

        AssertRefused(TableFileProblem.Truncated, "100 bytes");
    }

    [Fact]
    public void A_published_length_past_the_file_reads_as_the_committed_length_as_a_power_loss_leaves_it()
    {
        // Growth does not sync the heap's new length; the next commit does. A power loss in between can leave on disk a
        // header page whose published length is past the file's end: the heap opens at its committed length.
        long dataLength = new FileInfo(_heap).Length - HeapFormat.HeaderSize;
        HeapFiles.WriteInt64(_heap, HeapFormat.PublishedLengthOffset, dataLength + 4096);
        using (var reader = ReadOnlyMappedTable<Note>.Open(_table))
        {
            Assert.Equal(8 + 104, reader.HeapLength);
            Assert.Equal([1, 2, 3], reader[0].Load().Body);
        }

        using (var writer = MappedTable<Note>.Open(_table, MapAccess.ReadWrite))
        {
            Assert.Equal(8 + 104, writer.HeapLength);
            writer.Append(Note.Create(3, [4, 5]));
            Assert.Equal(8 + 104 + 8, writer.HeapLength);
            Assert.Equal([4, 5], writer[^1].Load().Body);
        }
    }

    [Fact]
    public void A_published_length_past_the_file_with_a_committed_length_past_it_too_is_refused()
    {
        long dataLength = new FileInfo(_heap).Length - HeapFormat.HeaderSize;
        HeapFiles.WriteInt64(_heap, HeapFormat.PublishedLengthOffset, dataLength + 8);
        using (FileStream stream = new(_heap, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            stream.SetLength(HeapFormat.HeaderSize + 64);
        }

        AssertRefused(TableFileProblem.InvalidHeaderField, "committed heap length");
    }

    [Fact]
    public void A_negative_published_length_is_refused()
    {
        HeapFiles.WriteInt64(_heap, HeapFormat.PublishedLengthOffset, -8);
        AssertRefused(TableFileProblem.InvalidHeaderField, "published heap length");
    }

    [Fact]
    public void A_published_length_that_is_not_a_multiple_of_8_is_refused()
    {
        HeapFiles.WriteInt64(_heap, HeapFormat.PublishedLengthOffset, 12);
        AssertRefused(TableFileProblem.InvalidHeaderField, "multiple of 8");
    }

    [Fact]
    public void Two_damaged_commit_records_are_refused()
    {
        HeapFiles.Write(_heap, HeapFormat.HeaderSize - TableFormat.CommitAreaLength, [1, 2, 3]);
        HeapFiles.Write(_heap, HeapFormat.HeaderSize - TableFormat.SectorSize, [1, 2, 3]);
        AssertRefused(TableFileProblem.ChecksumMismatch, "commit record");
    }

    [Fact]
    public void One_damaged_commit_record_leaves_the_other()
    {
        // A torn write damages at most the record being written; the previous commit stands.
        HeapFiles.Write(_heap, HeapFormat.HeaderSize - TableFormat.CommitAreaLength, [1, 2, 3]);
        using var reader = ReadOnlyMappedTable<Note>.Open(_table);
        Assert.Equal([1, 2, 3], reader[0].Load().Body);
    }

    [Theory]
    [InlineData("layout N size=8 align=8 endian=Little fingerprint=0x0000000000000001 heap=zz\n")]
    [InlineData("layout N size=8 align=8 endian=Little fingerprint=0x0000000000000001 heap=0123456789abcdef0123456789abcdef version=2\n")]
    [InlineData("layout N size=8 align=8 endian=Little fingerprint=0x0000000000000001 heap=0123456789abcdef0123456789abcde\n")]
    public void A_malformed_heap_token_is_refused(string storedText)
    {
        InvalidTableFileException error = Assert.Throws<InvalidTableFileException>(() => TableHeapToken.Split(storedText, "t.tbl"));
        Assert.Equal(TableFileProblem.InvalidHeaderField, error.Problem);
        Assert.Contains("heap token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_heap_token_round_trips_and_leaves_the_layout_text_as_described()
    {
        string described = Note.Layout.Describe();
        var id = TableId.New();
        string stored = TableHeapToken.Add(described, id);
        Assert.Equal(described.Split('\n')[0] + $" heap={id}", stored.Split('\n')[0]);
        Assert.Equal((described, (TableId?)id), TableHeapToken.Split(stored, "t.tbl"));
        Assert.Equal(described, TableHeapToken.Add(described, null));
        Assert.Equal((described, (TableId?)null), TableHeapToken.Split(described, "t.tbl"));
    }

    private InvalidTableFileException AssertRefused(TableFileProblem problem, string detail)
    {
        InvalidTableFileException error = Assert.Throws<InvalidTableFileException>(() => ReadOnlyMappedTable<Note>.Open(_table));
        Assert.Equal(problem, error.Problem);
        Assert.Equal(_heap, error.FilePath);
        Assert.Contains(_heap, error.Message, StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        Assert.Equal(problem, Assert.Throws<InvalidTableFileException>(() => MappedTable<Note>.Open(_table, MapAccess.ReadWrite)).Problem);
        Assert.Equal(problem, Assert.Throws<InvalidTableFileException>(() => MappedTable<Note>.Open(_table)).Problem);
        return error;
    }
}
