using System;
using System.Buffers.Binary;
using System.Text;
using MappedStructs;

namespace OrderIndex;

/// <summary>
/// One index entry: 32 bytes, sorted by <see cref="Key"/>. Offsets: Key 0 (int64), Price 8 (float64), Qty 16 (int32),
/// Symbol 20 (utf8[12]).
/// </summary>
public readonly record struct Order(long Key, double Price, int Qty, string Symbol) : IMappedLayout<Order>
{
    private const int SymbolOffset = 20;
    private const int SymbolLength = 12;

    /// <inheritdoc />
    public static LayoutInfo Layout { get; } = new(
        "OrderIndex.Order", 32, 8, Endianness.Little, 0x0D0E_71D3_0000_0001UL,
        [
            new LayoutField("Key", 0, 8, FieldKind.Scalar, "int64"),
            new LayoutField("Price", 8, 8, FieldKind.Scalar, "float64"),
            new LayoutField("Qty", 16, 4, FieldKind.Scalar, "int32"),
            new LayoutField("Symbol", SymbolOffset, SymbolLength, FieldKind.Utf8, "utf8[12]"),
        ]);

    /// <summary>Reads only the key, in place: the one field a binary search probes.</summary>
    public static long KeyOf(ReadOnlyMappedRecord<Order> record) => BinaryPrimitives.ReadInt64LittleEndian(record.Bytes);

    /// <inheritdoc />
    public static Order LoadFrom(ReadOnlySpan<byte> source)
    {
        ReadOnlySpan<byte> symbol = source.Slice(SymbolOffset, SymbolLength);
        int end = symbol.IndexOf((byte)0);
        return new Order(
            BinaryPrimitives.ReadInt64LittleEndian(source),
            BinaryPrimitives.ReadDoubleLittleEndian(source[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(source[16..]),
            Encoding.UTF8.GetString(end < 0 ? symbol : symbol[..end]));
    }

    /// <inheritdoc />
    public static void StoreTo(in Order value, Span<byte> destination)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, value.Key);
        BinaryPrimitives.WriteDoubleLittleEndian(destination[8..], value.Price);
        BinaryPrimitives.WriteInt32LittleEndian(destination[16..], value.Qty);
        Span<byte> symbol = destination.Slice(SymbolOffset, SymbolLength);
        symbol.Clear();
        Encoding.UTF8.GetBytes(value.Symbol.AsSpan(0, Math.Min(value.Symbol.Length, SymbolLength)), symbol);
    }
}
