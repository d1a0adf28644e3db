using System;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// Writers of a table with a heap killed (SIGKILL) one after another, on whatever file system the temp directory is: the
/// page cache survives, so this checks that each next writer resumes the records and the heap at what was committed,
/// that recovery never loses a committed record or value and never serves a damaged one, however often it happens.
/// <see cref="HeapPowerLossTests"/> takes the page cache away too.
/// </summary>
public sealed class HeapWriterCrashTests : IDisposable
{
    private const int Kills = 20;
    private const long MaxRecords = 200_000;

    private static readonly HeapKillMoment[] s_moments =
        [HeapKillMoment.AfterDelay, HeapKillMoment.AfterHeaderWriteBacks, HeapKillMoment.AfterDelay, HeapKillMoment.AfterHeapGrowth];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Writers_killed_one_after_another_leave_every_committed_record_and_value_intact_and_the_next_writer_extends()
    {
        var random = new Random(Environment.TickCount);
        string path = _dir.File("notes.tbl");
        long previous = 0;
        for (int k = 0; k < Kills; k++)
        {
            var trial = HeapWriterCrashTrial.Random(random, s_moments[k % s_moments.Length], MaxRecords);
            long committed = trial.RunAndKill(path);

            (long count, long bad, string? first) = IndexedNotes.Verify(path);
            Assert.True(bad == 0, $"kill {k} ({trial}): {bad} of {count} records damaged; first: {first}");
            Assert.True(count >= committed, $"kill {k} ({trial}): opened with {count} records, fewer than the {committed} committed");
            Assert.True(count >= previous, $"kill {k} ({trial}): opened with {count} records, fewer than the {previous} the previous writer left");
            previous = count;
        }

        Assert.Equal(previous, IndexedNotes.Extend(path, extra: 5));
        Assert.Equal((previous + 5, 0L, (string?)null), IndexedNotes.Verify(path));
    }
}
