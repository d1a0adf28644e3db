using System;
using System.Buffers.Binary;
using MappedStructs;

namespace CopyOnWrite;

/// <summary>A 16-byte record: Id at 0 (int64), Balance at 8 (int64, in cents).</summary>
public readonly record struct Account(long Id, long Balance) : IMappedLayout<Account>
{
    /// <inheritdoc />
    public static LayoutInfo Layout { get; } = new(
        "CopyOnWrite.Account", 16, 8, Endianness.Little, 0xC0C0_A11C_0000_0001UL,
        [
            new LayoutField("Id", 0, 8, FieldKind.Scalar, "int64"),
            new LayoutField("Balance", 8, 8, FieldKind.Scalar, "int64"),
        ]);

    /// <inheritdoc />
    public static Account LoadFrom(ReadOnlySpan<byte> source) =>
        new(BinaryPrimitives.ReadInt64LittleEndian(source), BinaryPrimitives.ReadInt64LittleEndian(source[8..]));

    /// <inheritdoc />
    public static void StoreTo(in Account value, Span<byte> destination)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, value.Id);
        BinaryPrimitives.WriteInt64LittleEndian(destination[8..], value.Balance);
    }
}
