namespace MappedStructs;

/// <summary>How <see cref="JournalTailer.Read(out JournalMessage, System.TimeSpan, JournalWait, System.Threading.CancellationToken)"/> waits for the next message.</summary>
public enum JournalWait
{
    /// <summary>Re-reads the next frame in a loop: the lowest latency, one core fully busy while waiting.</summary>
    BusySpin = 0,

    /// <summary>Spins briefly, then yields the core, then sleeps 1 ms between checks.</summary>
    SpinThenYield = 1,

    /// <summary>Sleeps until the appender publishes (a futex on the journal's shared wake-up word on Linux; see docs/journal.md for other systems).</summary>
    Blocking = 2,
}
