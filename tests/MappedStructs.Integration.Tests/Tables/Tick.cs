using System;
using System.Buffers.Binary;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// A hand-written layout (what the generator would emit for three 8-byte fields), so the table tests depend only on
/// the <see cref="IMappedLayout{TSelf}"/> contract. <see cref="Check"/> is a hash of the other fields, so a reader can
/// tell a complete record from a half-written one.
/// </summary>
internal readonly record struct Tick(long Sequence, long Value, ulong Check) : IMappedLayout<Tick>
{
    public static LayoutInfo Layout { get; } = new(
        "MappedStructs.Integration.Tests.Tables.Tick", 24, 8, Endianness.Little, 0x5EED_0000_0000_0001UL,
        [
            new LayoutField("Sequence", 0, 8, FieldKind.Scalar, "int64"),
            new LayoutField("Value", 8, 8, FieldKind.Scalar, "int64"),
            new LayoutField("Check", 16, 8, FieldKind.Scalar, "uint64"),
        ]);

    public static Tick Create(long sequence, long value) => new(sequence, value, Hash(sequence, value));

    public static ulong Hash(long sequence, long value) =>
        ((ulong)sequence * 0x9E3779B97F4A7C15UL) ^ ((ulong)value * 0xC2B2AE3D27D4EB4FUL) ^ 0xA5A5A5A5A5A5A5A5UL;

    public bool IsConsistent => Check == Hash(Sequence, Value);

    public static long SequenceOf(ReadOnlyMappedRecord<Tick> record) => BinaryPrimitives.ReadInt64LittleEndian(record.Bytes);

    public static Tick LoadFrom(ReadOnlySpan<byte> source) => new(
        BinaryPrimitives.ReadInt64LittleEndian(source),
        BinaryPrimitives.ReadInt64LittleEndian(source[8..]),
        BinaryPrimitives.ReadUInt64LittleEndian(source[16..]));

    public static void StoreTo(in Tick value, Span<byte> destination)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, value.Sequence);
        BinaryPrimitives.WriteInt64LittleEndian(destination[8..], value.Value);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], value.Check);
    }
}

/// <summary>A layout of the same size as <see cref="Tick"/> but a different field table and fingerprint.</summary>
internal readonly record struct Quote(double Bid, double Ask, long Time) : IMappedLayout<Quote>
{
    public static LayoutInfo Layout { get; } = new(
        "MappedStructs.Integration.Tests.Tables.Quote", 24, 8, Endianness.Little, 0x5EED_0000_0000_0002UL,
        [
            new LayoutField("Bid", 0, 8, FieldKind.Scalar, "float64"),
            new LayoutField("Ask", 8, 8, FieldKind.Scalar, "float64"),
            new LayoutField("Time", 16, 8, FieldKind.Scalar, "int64"),
        ]);

    public static Quote LoadFrom(ReadOnlySpan<byte> source) => new(
        BinaryPrimitives.ReadDoubleLittleEndian(source),
        BinaryPrimitives.ReadDoubleLittleEndian(source[8..]),
        BinaryPrimitives.ReadInt64LittleEndian(source[16..]));

    public static void StoreTo(in Quote value, Span<byte> destination)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(destination, value.Bid);
        BinaryPrimitives.WriteDoubleLittleEndian(destination[8..], value.Ask);
        BinaryPrimitives.WriteInt64LittleEndian(destination[16..], value.Time);
    }
}
