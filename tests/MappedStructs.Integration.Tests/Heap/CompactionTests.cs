using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// <see cref="MappedTable{T}.Compact"/> in one process: the same values in a heap of only the live ones, laid out in record
/// order under a new id; refused while a writer holds the table; readers of the old files unaffected; orphans removed.
/// </summary>
public sealed class CompactionTests : IDisposable
{
    private const string WindowsReason = "Compact renames over the table, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there (as TrimExcess and Upgrade do).";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Compaction_keeps_the_values_and_reclaims_exactly_the_garbage()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        long live = CompactionFiles.CreateWithGarbage(path, 300);
        long before = HeapLengthOf(path);

        TableCompactionResult result = MappedTable<Note>.Compact(path);

        Assert.Equal(300, result.Records);
        Assert.Equal(before, result.HeapBytesBefore);
        Assert.Equal(live, result.HeapBytesAfter);
        Assert.Equal(before - live, result.ReclaimedBytes);
        Assert.True(result.ReclaimedBytes > 0);
        Assert.Equal(0, result.OrphanHeapsRemoved);
        Assert.Equal(live, HeapLengthOf(path));
        CompactionFiles.AssertHoldsTheNotes(path, 300);
    }

    [Fact]
    public void The_compacted_heap_has_a_new_id_and_the_old_heap_is_deleted()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        CompactionFiles.CreateWithGarbage(path, 10);
        string oldHeap = Assert.Single(CompactionFiles.HeapsBeside(path));

        MappedTable<Note>.Compact(path);

        string newHeap = Assert.Single(CompactionFiles.HeapsBeside(path));
        Assert.NotEqual(oldHeap, newHeap);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal(newHeap, reader.HeapStore!.Path);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public void The_compacted_heap_holds_the_values_in_record_order()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        using (var table = MappedTable<Note>.Create(path, 8))
        {
            for (int i = 0; i < 8; i++)
            {
                table.Append(Note.Create(i, new byte[9]));
            }

            // Rewritten last to first: before compaction the newest values run backwards through the heap.
            for (int i = 7; i >= 0; i--)
            {
                CompactionFiles.Rewrite(table, i, [(byte)i, 1, 2]);
            }
        }

        MappedTable<Note>.Compact(path);

        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        for (int i = 0; i < 8; i++)
        {
            Assert.Equal(i * 8, new HeapReference(Note.BodyWord(reader[i].Bytes)).Offset);
            Assert.Equal([(byte)i, 1, 2], reader[i].Load().Body);
        }
    }

    [Fact]
    public void Empty_values_and_an_empty_table_compact_to_an_empty_heap()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string empty = _dir.File("empty.tbl");
        HeapFiles.CreateTable(empty);
        Assert.Equal(0, MappedTable<Note>.Compact(empty).HeapBytesAfter);

        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [], [], new byte[3]);
        TableCompactionResult result = MappedTable<Note>.Compact(path);
        Assert.Equal(8, result.HeapBytesAfter);
        Assert.Equal(0, result.ReclaimedBytes);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal(0UL, Note.BodyWord(reader[0].Bytes));
        Assert.Equal(new byte[3], reader[2].Load().Body);
    }

    [Fact]
    public void Compaction_is_refused_while_a_writer_in_this_process_holds_the_table()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        CompactionFiles.CreateWithGarbage(path, 10);
        string heap = Assert.Single(CompactionFiles.HeapsBeside(path));
        using (var writer = MappedTable<Note>.Open(path, MapAccess.ReadWrite))
        {
            writer.Append(Note.Create(10, [4]));
            IOException refused = Assert.Throws<IOException>(() => MappedTable<Note>.Compact(path));
            Assert.Contains(path, refused.Message, StringComparison.Ordinal);
            Assert.Equal(heap, Assert.Single(CompactionFiles.HeapsBeside(path)));
            Assert.Equal([4], writer[10].Load().Body);
        }

        Assert.Equal(11, MappedTable<Note>.Compact(path).Records);
    }

    [Fact]
    public void Compaction_is_refused_while_a_writer_in_another_process_holds_the_table()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        CompactionFiles.CreateWithGarbage(path, 10);
        ProcessStartInfo start = ProcessLauncher.DotnetProgram(typeof(CompactionChild).Assembly.Location, CompactionChild.Argument, path, "hold");
        start.RedirectStandardInput = true;
        using (Process child = ProcessLauncher.Start(start))
        {
            Assert.Equal("holding", child.StandardOutput.ReadLine());
            Assert.Throws<IOException>(() => MappedTable<Note>.Compact(path));
            child.StandardInput.Close();
            Assert.True(child.WaitForExit(TimeSpan.FromMinutes(1)));
            Assert.Equal(0, child.ExitCode);
        }

        Assert.Equal(11, MappedTable<Note>.Compact(path).Records);
        CompactionFiles.AssertHoldsTheNotes(path, 10, count: 11);
    }

    [Fact]
    public void A_reader_with_the_old_table_open_keeps_reading_the_old_files_until_it_reopens()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        long live = CompactionFiles.CreateWithGarbage(path, 50);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        long oldLength = reader.HeapLength;
        string oldHeap = reader.HeapStore!.Path;

        MappedTable<Note>.Compact(path);

        Assert.False(File.Exists(oldHeap));
        Assert.Equal(oldLength, reader.HeapLength);
        for (int i = 0; i < 50; i++)
        {
            Assert.Equal(CompactionFiles.BodyFor(i), reader[i].Load().Body);
        }

        using var reopened = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal(live, reopened.HeapLength);
        Assert.NotEqual(oldHeap, reopened.HeapStore!.Path);
    }

    [Fact]
    public void Orphan_heaps_are_removed_by_compaction_and_never_by_an_open()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [1]);
        string replacedHeap = Assert.Single(CompactionFiles.HeapsBeside(path));

        // Two orphans as rewrites killed before and after their rename leave them: a new heap the table never came to
        // name, and the old heap of a table that was replaced. (Create over the table deletes the heap it replaced itself.)
        string crashed = path + ".0123456789abcdef0123456789abcdef.heap";
        File.Copy(replacedHeap, crashed);
        string crashedAfterRename = path + ".fedcba9876543210fedcba9876543210.heap";
        File.Copy(replacedHeap, crashedAfterRename);
        HeapFiles.CreateTable(path, [2]);
        Assert.False(File.Exists(replacedHeap));

        // Near misses: not hex, too short, another table's heap, not a heap.
        string[] kept = [path + ".not-an-id-at-all-not-an-id-at-al.heap", path + ".0123.heap", _dir.File("other.tbl.0123456789abcdef0123456789abcdef.heap"), path + ".0123456789abcdef0123456789abcdef.heap.bak"];
        foreach (string file in kept)
        {
            File.WriteAllBytes(file, [0]);
        }

        using (ReadOnlyMappedTable<Note>.Open(path))
        {
            using (MappedTable<Note>.Open(path, MapAccess.ReadWrite))
            {
            }
        }

        // The opens removed nothing: the table's heap, the two orphans and the two near misses named like heaps are all there.
        Assert.Equal(5, CompactionFiles.HeapsBeside(path).Length);
        Assert.Equal(2, MappedTable<Note>.Compact(path).OrphanHeapsRemoved);
        Assert.False(File.Exists(crashedAfterRename));
        Assert.False(File.Exists(crashed));
        Assert.All(kept, file => Assert.True(File.Exists(file), file));
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal([2], reader[0].Load().Body);
        Assert.Equal(0, MappedTable<Note>.Compact(path).OrphanHeapsRemoved);
    }

    [Fact]
    public void Compaction_removes_the_temporary_files_a_killed_rewrite_left_and_nothing_else()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [1, 2]);
        string[] leftovers = [_dir.File(".notes.tbl.0123456789abcdef.tmp"), _dir.File(".notes.tbl.0123456789abcdef0123456789abcdef.heap.fedcba9876543210.tmp")];
        string[] kept =
        [
            _dir.File(".notes.tbl.not-hex-at-all!.tmp"), _dir.File(".other.tbl.0123456789abcdef.tmp"), _dir.File("notes.tbl.0123456789abcdef.tmp"),
            _dir.File(".notes.tbl.0123456789abcdef.tmp.bak"), _dir.File(".notes.tbl.0123.heap.fedcba9876543210.tmp"),
        ];
        foreach (string file in leftovers.Concat(kept))
        {
            File.WriteAllBytes(file, [0]);
        }

        MappedTable<Note>.Compact(path);

        Assert.All(leftovers, file => Assert.False(File.Exists(file), file));
        Assert.All(kept, file => Assert.True(File.Exists(file), file));
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal([1, 2], reader[0].Load().Body);
    }

    [Fact]
    public void A_reference_past_the_heap_fails_compaction_and_leaves_the_table_as_it_was()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        string heap = HeapFiles.CreateTable(path, [1, 2], [3]);
        HeapFiles.WriteBodyWord(path, 1, HeapReference.Create(4096, 8).Bits);
        // Past the header page, whose commit records the refused compaction's writer may advance on its way out.
        byte[] records = File.ReadAllBytes(path)[TableFormat.PageSize..];
        byte[] values = File.ReadAllBytes(heap)[HeapFormat.HeaderSize..];

        InvalidDataException bad = Assert.Throws<InvalidDataException>(() => MappedTable<Note>.Compact(path));
        Assert.Contains("record 1", bad.Message, StringComparison.Ordinal);
        Assert.Contains(Note.BodyField, bad.Message, StringComparison.Ordinal);
        Assert.Equal(records, File.ReadAllBytes(path)[TableFormat.PageSize..]);
        Assert.Equal(values, File.ReadAllBytes(heap)[HeapFormat.HeaderSize..]);
        Assert.Equal(heap, Assert.Single(CompactionFiles.HeapsBeside(path)));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public void A_layout_without_variable_length_fields_has_no_heap_to_compact()
    {
        string path = _dir.File("ticks.tbl");
        using (MappedTable<Tick>.Create(path, 1))
        {
        }

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => MappedTable<Tick>.Compact(path));
        Assert.Contains("no variable-length fields", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MappedTable<Note>.Compact(string.Empty));
    }

    [Fact]
    public void An_open_that_read_the_header_before_a_compaction_renamed_over_it_opens_the_new_table()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        long live = CompactionFiles.CreateWithGarbage(path, 20);
        int compactions = 0;
        var hooks = new TableStorageHooks
        {
            BetweenHeaderAndHeapOpen = () =>
            {
                // Once: the header this open read names the heap this compaction deletes after its rename.
                if (compactions++ == 0)
                {
                    MappedTable<Note>.Compact(path);
                }
            },
        };

        using var reader = ReadOnlyMappedTable<Note>.Open(path, hooks);

        Assert.Equal(2, compactions);
        Assert.Equal(live, reader.HeapLength);
        Assert.Equal(reader.HeapStore!.Path, Assert.Single(CompactionFiles.HeapsBeside(path)));
        Assert.Equal(CompactionFiles.BodyFor(19), reader[19].Load().Body);
    }

    private static long HeapLengthOf(string path)
    {
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        return reader.HeapLength;
    }
}
