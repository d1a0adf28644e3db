using MappedStructs;

namespace JournalLatency;

/// <summary>The 40-byte typed message of every scenario: when it was sent (Stopwatch ticks, one clock for all processes on a machine) and filler.</summary>
[MappedLayout]
public partial record struct Probe
{
    /// <summary>The sender's Stopwatch timestamp just before publishing.</summary>
    public long SentAt { get; init; }

    /// <summary>The message's number, checked by the receiver.</summary>
    public long Number { get; init; }

    /// <summary>Payload a market-data message would carry.</summary>
    public long Price { get; init; }

    /// <summary>Payload a market-data message would carry.</summary>
    public long Quantity { get; init; }

    /// <summary>
    /// Payload a market-data message would carry; the journal's paced sender stores in it when the message was due, so the
    /// receiver can also measure from the intended send time (a stall of the sender then counts for every message it delayed).
    /// </summary>
    public long Flags { get; init; }
}
