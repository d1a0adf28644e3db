namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// <see cref="Trade"/>'s fields at the same offsets, big-endian: the fixed-order layout a per-view view made big-endian is compared with.
/// </summary>
[MappedLayout(Size = TradeRaw.Size, Endian = Endianness.Big)]
public partial record struct TradeBig
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
