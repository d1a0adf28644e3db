namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// <see cref="Trade"/>'s fields at the same offsets, in the byte order chosen when a view is made: each view holds the order and every multi-byte read branches on it.
/// </summary>
[MappedLayout(Size = TradeRaw.Size, Endian = Endianness.PerView)]
public partial record struct TradePerView
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
