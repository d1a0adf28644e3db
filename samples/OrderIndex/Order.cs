using MappedStructs;

namespace OrderIndex;

/// <summary>
/// One index entry, 32 bytes, sorted by <see cref="Key"/>. The generator lays the fields out sequentially with C
/// alignment (Key 0, Price 8, Qty 16, Symbol 20..31) and emits <c>Order.Ref</c> / <c>Order.ReadOnlyRef</c>.
/// </summary>
[MappedLayout]
public partial record struct Order
{
    /// <summary>Creates an order (the benchmarks build their table with this).</summary>
    public Order(long key, double price, int qty, string symbol)
    {
        Key = key;
        Price = price;
        Qty = qty;
        Symbol = symbol;
    }

    /// <summary>The sort key.</summary>
    public long Key { get; init; }

    /// <summary>The limit price.</summary>
    public double Price { get; init; }

    /// <summary>The quantity.</summary>
    public int Qty { get; init; }

    /// <summary>The ticker, up to 12 UTF-8 bytes.</summary>
    [Utf8(12)]
    public string Symbol { get; init; }

    /// <summary>Reads only the key, in place: the one field a binary search probes.</summary>
    public static long KeyOf(ReadOnlyMappedRecord<Order> record) => record.Key;
}
