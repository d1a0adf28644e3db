namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>The 40-byte typed message of the journal benchmarks (issue #17's message size): five 8-byte fields.</summary>
[MappedLayout]
public partial record struct JournalTick
{
    /// <summary>The message's number.</summary>
    public long Number { get; init; }

    /// <summary>An instrument.</summary>
    public long Symbol { get; init; }

    /// <summary>A price.</summary>
    public double Price { get; init; }

    /// <summary>A quantity.</summary>
    public long Quantity { get; init; }

    /// <summary>Flags a market-data message would carry.</summary>
    public long Flags { get; init; }
}
