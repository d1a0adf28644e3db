using System.Runtime.InteropServices;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// The benchmark's record: 32 bytes, little-endian, as a hand-written explicit-layout struct (what a user writes for
/// <c>MemoryMarshal.Cast</c>, <c>Unsafe.As</c> and <c>MemoryMappedViewAccessor.Read&lt;T&gt;</c>). The generated twin is
/// <c>Trade</c>; both describe the same bytes.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct TradeRaw
{
    /// <summary>Bytes per record.</summary>
    public const int Size = 32;

    /// <summary>Offset of <see cref="Id"/>.</summary>
    public const int IdOffset = 0;

    /// <summary>Offset of <see cref="Timestamp"/>.</summary>
    public const int TimestampOffset = 8;

    /// <summary>Offset of <see cref="Price"/>: the field the random point reads read.</summary>
    public const int PriceOffset = 16;

    /// <summary>Offset of <see cref="Quantity"/>: the field the scans sum and the writes store.</summary>
    public const int QuantityOffset = 24;

    /// <summary>The record's id: its index in the file, so the file is sorted by id.</summary>
    [FieldOffset(IdOffset)] public long Id;

    /// <summary>Nanoseconds since an epoch; increasing with the index.</summary>
    [FieldOffset(TimestampOffset)] public long Timestamp;

    /// <summary>A price.</summary>
    [FieldOffset(PriceOffset)] public double Price;

    /// <summary>A quantity between 1 and 1000.</summary>
    [FieldOffset(QuantityOffset)] public long Quantity;

    /// <summary>The deterministic content of record <paramref name="index"/>: every run and every method sees the same bytes.</summary>
    public static TradeRaw ForIndex(long index)
    {
        ulong mixed = Mix((ulong)index);
        return new TradeRaw
        {
            Id = index,
            Timestamp = 1_700_000_000_000_000_000L + (index * 1_000L),
            Price = 100.0 + ((mixed % 10_000UL) / 100.0),
            Quantity = (long)((mixed >> 20) % 1000UL) + 1,
        };
    }

    // SplitMix64's finalizer: cheap, and every bit of the index affects every bit of the result.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
