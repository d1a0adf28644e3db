using System;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// A bit field: its container read in the layout's byte order, shifted and masked, zero-extended (the layout text does not
/// record whether the C# property was signed) into the smallest unsigned integer that holds its width.
/// </summary>
internal sealed class BitsEncoder(DescribedFieldType type, bool bigEndian) : ColumnEncoder(type, bigEndian)
{
    private readonly int _valueBytes = type.BitWidth switch
    {
        <= 8 => 1,
        <= 16 => 2,
        <= 32 => 4,
        _ => 8,
    };

    public override IArrowType ElementType => _valueBytes switch
    {
        1 => UInt8Type.Default,
        2 => UInt16Type.Default,
        4 => UInt32Type.Default,
        _ => UInt64Type.Default,
    };

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers)
    {
        Memory<byte> buffer = buffers.Take(rows * _valueBytes);
        Span<byte> values = buffer.Span;
        ulong mask = Type.BitWidth == 64 ? ulong.MaxValue : (1UL << Type.BitWidth) - 1;
        int offset = Type.Field.Offset;
        int containerBytes = Type.Field.Size;
        for (int row = 0; row < rows; row++)
        {
            ReadOnlySpan<byte> container = records.Slice((row * stride) + offset, containerBytes);
            ulong value = (Container(container) >> Type.BitShift) & mask;
            Span<byte> destination = values.Slice(row * _valueBytes, _valueBytes);
            for (int b = 0; b < _valueBytes; b++)
            {
                destination[b] = (byte)(value >> (8 * b));
            }
        }

        return FixedWidth(ElementType, rows, buffer);
    }

    // The container as an unsigned integer, bit 0 its least significant bit whatever the byte order.
    private ulong Container(ReadOnlySpan<byte> bytes)
    {
        ulong value = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            int shift = 8 * (BigEndian ? bytes.Length - 1 - i : i);
            value |= (ulong)bytes[i] << shift;
        }

        return value;
    }
}
