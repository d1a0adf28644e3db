using System.IO;

namespace MappedStructs;

/// <summary>
/// What the process holding the appender lock does before anyone appends (docs/journal.md, "Publishing: never torn" and
/// "Durability"): after a reboot it rolls the journal back to its newest commit; then it turns a frame claimed by a dead
/// appender into an abandoned one, and gives the cycle before the newest its end frame if a roll died before writing it.
/// </summary>
internal static class JournalRecovery
{
    public static void Run(MappedJournal journal)
    {
        JournalMeta meta = journal.Meta;
        if (meta.BootIsRecorded && !meta.BootIsCurrent)
        {
            RollBackToCommit(journal);
        }

        if (!meta.BootIsRecorded || !meta.BootIsCurrent)
        {
            meta.RecordBoot();
        }

        long[] cycles = CycleFile.List(journal.Directory);
        if (cycles.Length == 0)
        {
            return;
        }

        using CycleFile newest = journal.OpenCycle(cycles[^1]);
        AbandonClaim(newest);
        if (cycles.Length >= 2 && cycles[^2] == newest.Number - 1)
        {
            using CycleFile previous = journal.OpenCycle(cycles[^2]);
            AbandonClaim(previous);
            CycleTail tail = previous.FindTail();
            if (!tail.Ended)
            {
                if (tail.NextSequence != newest.FirstSequence)
                {
                    throw new InvalidJournalFileException(newest.Path, $"it starts at sequence {newest.FirstSequence}, but the cycle before it ends at {tail.NextSequence}.");
                }

                previous.WriteEnd(tail.Offset, tail.NextSequence);
            }
        }
    }

    private static void AbandonClaim(CycleFile cycle)
    {
        CycleTail tail = cycle.FindTail();
        if (tail.State < 0)
        {
            cycle.AbandonFrom(tail.Offset);
        }
    }

    /// <summary>Keeps only what the newest commit says reached the disk: later cycles are deleted, the committed cycle is zeroed after its end.</summary>
    private static void RollBackToCommit(MappedJournal journal)
    {
        JournalCommit? commit = journal.Meta.NewestCommit();
        long keep = commit?.Cycle ?? -1;
        foreach (long number in CycleFile.List(journal.Directory))
        {
            if (number > keep)
            {
                File.Delete(journal.CyclePath(number));
            }
        }

        if (commit is { } committed && File.Exists(journal.CyclePath(committed.Cycle)))
        {
            using CycleFile cycle = journal.OpenCycle(committed.Cycle);
            if (committed.End > cycle.Length - JournalFormat.FrameHeaderSize)
            {
                throw new InvalidJournalFileException(journal.Meta.Path, $"its commit ends at offset {committed.End}, past the end of '{cycle.Path}'.");
            }

            cycle.ZeroFrom(committed.End);
            cycle.Sync(cycle.Length);
        }
    }
}
