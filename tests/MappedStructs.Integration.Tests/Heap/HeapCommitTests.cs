using System;
using System.Globalization;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// The heap's place in the commit protocol: its length is committed before the count of the records that reference it,
/// and a writer that opens after a crash resumes at the committed heap length, as it resumes at the committed count.
/// </summary>
public sealed class HeapCommitTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_heap_length_is_committed_before_the_count()
    {
        string path = _dir.File("notes.tbl");
        long? committedHeapAtHook = null;
        long? committedCountAtHook = null;
        var hooks = new TableStorageHooks();
        using var table = MappedTable<Note>.Create(path, 4, hooks);
        table.Append(Note.Create(0, new byte[10]));
        table.Append(Note.Create(1, new byte[20]));
        hooks.BetweenHeapAndCountCommits = () =>
        {
            committedHeapAtHook = table.HeapStore!.CommittedLength;
            committedCountAtHook = CommittedCount(path);
        };

        table.Flush();

        Assert.Equal(16 + 24, committedHeapAtHook);
        Assert.Equal(0, committedCountAtHook);
        Assert.Equal(2, CommittedCount(path));
    }

    [Fact]
    public void A_writer_killed_between_the_heap_commit_and_the_count_commit_leaves_the_old_count_and_a_valid_heap()
    {
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, HeapAppenderChild.BodyFor(0, 100));
        ProcessOutcome outcome = RunChild(path, 5, 3000, "kill-between-commits");
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("heap committed", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("appended", outcome.Output, StringComparison.Ordinal);

        using (var reader = ReadOnlyMappedTable<Note>.Open(path))
        {
            Assert.Equal(1, reader.Count);
            Assert.Equal(HeapAppenderChild.BodyFor(0, 100), reader[0].Load().Body);
            Assert.Equal(104 + (5 * 3000), reader.HeapStore!.CommittedLength);
        }

        using var writer = MappedTable<Note>.Open(path, MapAccess.ReadWrite);
        writer.Append(Note.Create(1, [42]));
        Assert.Equal(2, writer.Count);
        Assert.Equal([42], writer.GetReadOnly(1).Load().Body);
        Assert.Equal(104 + (5 * 3000) + 8, writer.HeapLength);
    }

    [Fact]
    public void A_writer_opening_after_a_crash_resumes_at_the_committed_heap_length()
    {
        string path = _dir.File("notes.tbl");
        string copy = _dir.File("crashed.tbl");
        using (var table = MappedTable<Note>.Create(path, 4))
        {
            table.Append(Note.Create(0, new byte[5]));
            table.Append(Note.Create(1, new byte[6]));
            table.Flush();
            table.Append(Note.Create(2, new byte[70]));
            table.Append(Note.Create(3, new byte[80]));

            // The files as a crash now would leave them: records and values past the last commit, published but not committed.
            TableId id = table.HeapStore!.TableId;
            File.Copy(path, copy);
            File.Copy(table.HeapStore.Path, HeapFormat.PathFor(copy, id));
        }

        using (var reader = ReadOnlyMappedTable<Note>.Open(copy))
        {
            Assert.Equal(2, reader.Count);
            Assert.Equal(16 + 72 + 80, reader.HeapLength);
            Assert.Equal(16, reader.HeapStore!.CommittedLength);
        }

        using var writer = MappedTable<Note>.Open(copy, MapAccess.ReadWrite);
        writer.Append(Note.Create(2, [1, 2, 3]));
        Assert.Equal(3, writer.Count);
        Assert.Equal(16, new HeapReference(Note.BodyWord(writer.GetReadOnly(2).Bytes)).Offset);
        Assert.Equal(16 + 8, writer.HeapLength);
        Assert.Equal([1, 2, 3], writer.GetReadOnly(2).Load().Body);
        Assert.Equal(new byte[6], writer.GetReadOnly(1).Load().Body);
    }

    [Fact]
    public void Dispose_commits_the_heap_with_the_count()
    {
        string path = _dir.File("notes.tbl");
        string heap = HeapFiles.CreateTable(path, new byte[33]);
        Assert.Equal(40, HeapFiles.ReadInt64(heap, HeapFormat.PublishedLengthOffset));
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal(40, reader.HeapStore!.CommittedLength);
        Assert.Equal(1, CommittedCount(path));
    }

    internal static ProcessOutcome RunChild(string path, long records, int size, string mode) =>
        ProcessLauncher.Run(
            ProcessLauncher.DotnetProgram(
                typeof(HeapAppenderChild).Assembly.Location,
                HeapAppenderChild.Argument,
                path,
                records.ToString(CultureInfo.InvariantCulture),
                size.ToString(CultureInfo.InvariantCulture),
                mode),
            TimeSpan.FromMinutes(2));

    private static long CommittedCount(string path)
    {
        byte[] header = new byte[TableFormat.PageSize];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            stream.ReadExactly(header);
        }

        return TableCommitRecord.ReadNewest(header, TableFormat.PageSize)!.Value.Count;
    }
}
