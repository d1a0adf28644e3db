namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// The benchmark's record declared for MappedStructs: the same 32 little-endian bytes as <see cref="TradeRaw"/>. The generator
/// emits <c>Trade.Ref</c>, <c>Trade.ReadOnlyRef</c> and the <see cref="IMappedLayout{TSelf}"/> members.
/// </summary>
[MappedLayout(Size = TradeRaw.Size)]
public partial record struct Trade
{
    /// <summary>The record's index in the file.</summary>
    [Field(TradeRaw.IdOffset)] public long Id { get; init; }

    /// <summary>Nanoseconds since an epoch.</summary>
    [Field(TradeRaw.TimestampOffset)] public long Timestamp { get; init; }

    /// <summary>A price.</summary>
    [Field(TradeRaw.PriceOffset)] public double Price { get; init; }

    /// <summary>A quantity.</summary>
    [Field(TradeRaw.QuantityOffset)] public long Quantity { get; init; }
}
