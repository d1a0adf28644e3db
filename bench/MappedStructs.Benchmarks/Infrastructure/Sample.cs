namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// The loop benchmarks' record: one field of each type a loop sums (double, float, long, int) in 32 little-endian bytes,
/// so that a record is as wide as <see cref="Trade"/> and the loops move the same bytes.
/// </summary>
[MappedLayout(Size = 32)]
public partial record struct Sample
{
    /// <summary>Offset of <see cref="Price"/>.</summary>
    public const int PriceOffset = 0;

    /// <summary>Offset of <see cref="Stamp"/>.</summary>
    public const int StampOffset = 8;

    /// <summary>Offset of <see cref="Weight"/>.</summary>
    public const int WeightOffset = 16;

    /// <summary>Offset of <see cref="Count"/>.</summary>
    public const int CountOffset = 20;

    /// <summary>A price: the double a loop sums.</summary>
    [Field(PriceOffset)] public double Price { get; init; }

    /// <summary>A time stamp: the long a loop sums.</summary>
    [Field(StampOffset)] public long Stamp { get; init; }

    /// <summary>A weight: the float a loop sums.</summary>
    [Field(WeightOffset)] public float Weight { get; init; }

    /// <summary>A count: the int a loop sums.</summary>
    [Field(CountOffset)] public int Count { get; init; }

    /// <summary>Record <paramref name="i"/> of the benchmark table: small values, so that every sum is exact.</summary>
    public static Sample ForIndex(long i) => new() { Price = (i % 1000) * 0.5, Stamp = i, Weight = (i % 100) * 0.25f, Count = (int)(i % 10_000) };
}
