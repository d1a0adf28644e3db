using System;
using System.Globalization;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// One run of <see cref="TableWriterChild"/> killed (SIGKILL) at a chosen moment after its first completed flush:
/// either a delay after that flush, or the moment it reports its n-th early header write-back after it.
/// </summary>
/// <param name="FlushEvery">Records between flushes.</param>
/// <param name="HeaderEvery">Records between early write-backs of the header page; not a divisor of <paramref name="FlushEvery"/>, so most land between flushes.</param>
/// <param name="MaxRecords">The child stops appending (and waits to be killed) after this many.</param>
/// <param name="Protocol">False to run the child with the commit protocol switched off (version 1 behaviour).</param>
/// <param name="KillAfterHeaderLines">Kill when this many header write-backs were reported after the first flush; 0 to kill after <paramref name="KillDelay"/>.</param>
/// <param name="KillDelay">With <paramref name="KillAfterHeaderLines"/> 0, how long after the first flush to kill.</param>
internal sealed record WriterCrashTrial(long FlushEvery, long HeaderEvery, long MaxRecords, bool Protocol, int KillAfterHeaderLines, TimeSpan KillDelay)
{
    /// <summary>A trial with settings drawn from <paramref name="random"/>: half of them kill right after an early header write-back.</summary>
    public static WriterCrashTrial Random(Random random, bool protocol, long maxRecords)
    {
        long flushEvery = random.Next(5_000, 60_000);
        return new WriterCrashTrial(
            flushEvery, (flushEvery / 4) + 7, maxRecords, protocol,
            random.Next(2) == 0 ? random.Next(1, 6) : 0,
            TimeSpan.FromMilliseconds(random.Next(0, 300)));
    }

    /// <summary>Runs the child on <paramref name="path"/>, kills it, waits for it to exit and returns the last count it reported committed.</summary>
    public long RunAndKill(string path) => KilledWriter.RunAndKill(
        ProcessLauncher.DotnetProgram(
            typeof(TableWriterChild).Assembly.Location,
            TableWriterChild.Argument,
            path,
            FlushEvery.ToString(CultureInfo.InvariantCulture),
            HeaderEvery.ToString(CultureInfo.InvariantCulture),
            MaxRecords.ToString(CultureInfo.InvariantCulture),
            Protocol ? "protocol" : "no-protocol"),
        new ChildProgress("header "),
        IsDue,
        ToString());

    private bool IsDue(ChildProgress progress) => KillAfterHeaderLines > 0
        ? progress.CountAfterFirstCommit("header ") >= KillAfterHeaderLines
        : progress.FirstCommit!.Elapsed >= KillDelay;

    /// <summary>
    /// Opens the table the child left at <paramref name="path"/> and checks every record below its count: returns the
    /// count and the number of records below it that are not the child's (zeros or garbage).
    /// </summary>
    public static (long Count, long Bad) Verify(string path, bool protocol)
    {
        using MappedTable<Tick> table = protocol
            ? MappedTable<Tick>.Open(path, MapAccess.Read)
            : MappedTable<Tick>.Open(path, MapAccess.Read, new TableStorageHooks { CommitProtocolDisabled = true });
        long count = table.Count;
        long bad = 0;
        for (long i = 0; i < count; i++)
        {
            Tick tick = table.GetReadOnly(i).Load();
            if (!tick.IsConsistent || tick.Sequence != i || tick.Value != i * 31)
            {
                bad++;
            }
        }

        return (count, bad);
    }

    public override string ToString() =>
        $"flush every {FlushEvery}, header every {HeaderEvery}, kill {(KillAfterHeaderLines > 0 ? $"after {KillAfterHeaderLines} header write-backs" : $"{KillDelay.TotalMilliseconds} ms")} after the first flush, protocol {(Protocol ? "on" : "off")}";
}
