using System;

namespace MappedStructs;

/// <summary>
/// How a journal rolls, keeps and syncs its files. <see cref="CycleSize"/> and <see cref="Roll"/> are fixed when the journal
/// is created (stored in its metadata, so every process agrees); the others apply to the process that opens it.
/// </summary>
public sealed class JournalOptions
{
    /// <summary>The length of each cycle file in bytes, at least 64 KiB; 64 MiB unless set. Used by <see cref="MappedJournal.Create"/> only.</summary>
    public long CycleSize { get; init; } = 64L << 20;

    /// <summary>When cycles roll besides when full. Used by <see cref="MappedJournal.Create"/> only.</summary>
    public JournalRoll Roll { get; init; } = JournalRoll.BySize;

    /// <summary>Keep at most this many cycle files (the newest); 0 keeps all. Applied by the appender at each roll.</summary>
    public int KeepFiles { get; init; }

    /// <summary>Delete cycle files whose successor began longer ago than this; <see cref="TimeSpan.Zero"/> keeps all. Applied at each roll.</summary>
    public TimeSpan KeepFor { get; init; }

    /// <summary>When the appender flushes on its own.</summary>
    public JournalSync Sync { get; init; }

    /// <summary>
    /// Runs a pretoucher thread beside the appender of this process: it keeps the next 1 MiB of the cycle file present in
    /// the appender's mapping, so appends do not stop on page faults (docs/journal.md, "Page faults"). It changes no byte
    /// of the file. Off unless set: it is one more thread, which on a machine without a spare core competes with spinning
    /// appenders and tailers.
    /// </summary>
    public bool Pretouch { get; init; }

    /// <summary>
    /// Reuses a cycle file that retention retires as the next cycle, instead of deleting it and creating a new one, when no
    /// process maps it any more (docs/journal.md, "Recycling"). A new file's pages are memory the kernel must allocate and
    /// zero at the appender's first store; a recycled one's are in the page cache already. On unless set to false; it
    /// applies only with <see cref="KeepFiles"/> or <see cref="KeepFor"/>, keeps one retired file (hidden, the cycle size)
    /// on disk, and only on Linux (elsewhere retired cycles are deleted).
    /// </summary>
    public bool RecycleFiles { get; init; } = true;

    internal static JournalOptions Default { get; } = new();

    internal void Validate()
    {
        if (CycleSize < JournalFormat.MinimumCycleSize || CycleSize > JournalFormat.MaximumCycleSize)
        {
            throw new ArgumentOutOfRangeException(nameof(CycleSize), CycleSize, $"A cycle file must be between {JournalFormat.MinimumCycleSize} and {JournalFormat.MaximumCycleSize} bytes.");
        }

        if (Roll is not (JournalRoll.BySize or JournalRoll.Hourly or JournalRoll.Daily))
        {
            throw new ArgumentOutOfRangeException(nameof(Roll), Roll, "Unknown JournalRoll.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(KeepFiles, nameof(KeepFiles));
        ArgumentOutOfRangeException.ThrowIfLessThan(KeepFor, TimeSpan.Zero, nameof(KeepFor));
        ArgumentOutOfRangeException.ThrowIfNegative(Sync.EveryMessages, nameof(Sync));
        ArgumentOutOfRangeException.ThrowIfLessThan(Sync.Interval, TimeSpan.Zero, nameof(Sync));
    }
}
