using System;
using System.Globalization;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>When a <see cref="HeapWriterCrashTrial"/> kills its writer, counted from the writer's first completed flush.</summary>
internal enum HeapKillMoment
{
    /// <summary>A delay after the first flush.</summary>
    AfterDelay,

    /// <summary>When the writer reports its n-th early write-back of both header pages.</summary>
    AfterHeaderWriteBacks,

    /// <summary>When the writer reports its n-th heap growth, whose header page it wrote back at once: the stale-heap state.</summary>
    AfterHeapGrowth,

    /// <summary>When the writer reports its n-th table growth, whose header page it wrote back at once: the stale-capacity state.</summary>
    AfterTableGrowth,
}

/// <summary>
/// One run of <see cref="HeapTableWriterChild"/> killed (SIGKILL) at a chosen moment after its first completed flush.
/// </summary>
/// <param name="FlushEvery">Records between flushes.</param>
/// <param name="HeaderEvery">Records between early write-backs of both header pages; not a divisor of <paramref name="FlushEvery"/>, so most land between flushes.</param>
/// <param name="MaxRecords">The child stops appending (and waits to be killed) when the table holds this many.</param>
/// <param name="Moment">What the kill waits for.</param>
/// <param name="Nth">With a counted <paramref name="Moment"/>, how many of those reports to wait for.</param>
/// <param name="KillDelay">With <see cref="HeapKillMoment.AfterDelay"/>, how long after the first flush to kill.</param>
internal sealed record HeapWriterCrashTrial(long FlushEvery, long HeaderEvery, long MaxRecords, HeapKillMoment Moment, int Nth, TimeSpan KillDelay)
{
    // Long enough that a kill aimed at a growth lands before the writer's next flush syncs the file's new length.
    private const int GrowthPauseMs = 150;

    /// <summary>A trial with settings drawn from <paramref name="random"/> and the kill moment <paramref name="moment"/>.</summary>
    public static HeapWriterCrashTrial Random(Random random, HeapKillMoment moment, long maxRecords)
    {
        long flushEvery = random.Next(2_000, 20_000);
        return new HeapWriterCrashTrial(
            flushEvery, (flushEvery / 4) + 7, maxRecords, moment,
            moment is HeapKillMoment.AfterHeaderWriteBacks ? random.Next(1, 6) : random.Next(1, 3),
            TimeSpan.FromMilliseconds(random.Next(0, 300)));
    }

    /// <summary>Runs the child on <paramref name="path"/>, kills it, waits for it to exit and returns the last count it reported committed.</summary>
    public long RunAndKill(string path) => KilledWriter.RunAndKill(
        ProcessLauncher.DotnetProgram(
            typeof(HeapTableWriterChild).Assembly.Location,
            HeapTableWriterChild.Argument,
            path,
            FlushEvery.ToString(CultureInfo.InvariantCulture),
            HeaderEvery.ToString(CultureInfo.InvariantCulture),
            MaxRecords.ToString(CultureInfo.InvariantCulture),
            (Moment is HeapKillMoment.AfterHeapGrowth or HeapKillMoment.AfterTableGrowth ? GrowthPauseMs : 0).ToString(CultureInfo.InvariantCulture)),
        new ChildProgress("header ", "heap grown ", "table grown "),
        IsDue,
        ToString());

    private bool IsDue(ChildProgress progress) => Moment switch
    {
        HeapKillMoment.AfterHeaderWriteBacks => progress.CountAfterFirstCommit("header ") >= Nth,
        HeapKillMoment.AfterHeapGrowth => progress.CountAfterFirstCommit("heap grown ") >= Nth,
        HeapKillMoment.AfterTableGrowth => progress.CountAfterFirstCommit("table grown ") >= Nth,
        _ => progress.FirstCommit!.Elapsed >= KillDelay,
    };

    public override string ToString() =>
        $"flush every {FlushEvery}, header every {HeaderEvery}, kill {(Moment is HeapKillMoment.AfterDelay ? $"{KillDelay.TotalMilliseconds} ms" : $"at the {Nth}. report of {Moment}")} after the first flush";
}
