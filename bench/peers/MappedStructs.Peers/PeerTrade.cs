namespace MappedStructs.Peers;

/// <summary>
/// The record every contender reads: 32 little-endian bytes. C, Rust and numpy declare the same four fields at the same
/// offsets (bench/peers/c/peer.c, bench/peers/rust/src/main.rs, bench/peers/python/peer.py).
/// </summary>
[MappedLayout(Size = Size)]
internal partial record struct PeerTrade
{
    /// <summary>Bytes per record.</summary>
    public const int Size = 32;

    /// <summary>Offset of <see cref="Price"/>, the double field the scans and the random reads sum.</summary>
    public const int PriceOffset = 16;

    /// <summary>Offset of <see cref="Quantity"/>, the long field the second scan sums.</summary>
    public const int QuantityOffset = 24;

    /// <summary>The record's index in the table.</summary>
    [Field(0)] public long Id { get; init; }

    /// <summary>Nanoseconds since an epoch, increasing with the index.</summary>
    [Field(8)] public long Timestamp { get; init; }

    /// <summary>A multiple of 1/16 below 65,536, so that every sum of prices is exact in any order (see <see cref="DataSet"/>).</summary>
    [Field(PriceOffset)] public double Price { get; init; }

    /// <summary>A quantity below 2^31.</summary>
    [Field(QuantityOffset)] public long Quantity { get; init; }
}
