using MappedStructs;

namespace MarketFeed;

/// <summary>One trade print of the synthetic feed: 40 bytes, appended through its generated <c>Ref</c> and read in place.</summary>
[MappedLayout]
public partial record struct Tick
{
    /// <summary>The feed's own count of ticks, so consumers can check they saw each one once.</summary>
    public long Number { get; init; }

    /// <summary>When the feed wrote it, in Stopwatch ticks (the monitor's lag is measured against it).</summary>
    public long SentAt { get; init; }

    /// <summary>The instrument, 0 to <see cref="Program.Symbols"/> - 1.</summary>
    public int Symbol { get; init; }

    /// <summary>Shares traded.</summary>
    public int Quantity { get; init; }

    /// <summary>The price.</summary>
    public double Price { get; init; }

    /// <summary>Reserved so the record is the benchmark's 40 bytes.</summary>
    public long Reserved { get; init; }
}
