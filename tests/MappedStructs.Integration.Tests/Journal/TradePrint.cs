namespace MappedStructs.Integration.Tests.Journal;

/// <summary>A generated 40-byte layout for the typed journal tests: what a market-data feed appends.</summary>
[MappedLayout]
public partial record struct TradePrint
{
    public long Sequence { get; init; }

    public long Nanos { get; init; }

    public int Symbol { get; init; }

    public int Quantity { get; init; }

    public double Price { get; init; }

    public double Notional { get; init; }
}

/// <summary>Another generated layout, to check that a message of one layout is not read as another.</summary>
[MappedLayout]
public partial record struct Heartbeat
{
    public long Nanos { get; init; }
}
