using System;
using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// A field stored as a value of <typeparamref name="T"/> in the layout's byte order and exported as the same value: integers,
/// floats, <c>float16</c>, <c>char</c> (as <see cref="ushort"/>) and <c>timespan</c> (its <see cref="long"/> ticks).
/// </summary>
internal sealed class PrimitiveEncoder<T>(DescribedFieldType type, bool bigEndian, IArrowType elementType) : ColumnEncoder(type, bigEndian)
    where T : unmanaged
{
    public override IArrowType ElementType { get; } = elementType;

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow)
    {
        int elements = Type.ElementCount;
        byte[] buffer = new byte[rows * elements * Marshal.SizeOf<T>()];
        Span<T> values = MemoryMarshal.Cast<byte, T>(buffer.AsSpan());
        ref byte start = ref MemoryMarshal.GetReference(records);
        int k = 0;
        for (int row = 0; row < rows; row++)
        {
            int recordOffset = row * stride;
            for (int e = 0; e < elements; e++)
            {
                int offset = recordOffset + ElementOffset(e);
                values[k++] = BigEndian ? BigEndianBytes.Read<T>(ref start, offset) : LittleEndianBytes.Read<T>(ref start, offset);
            }
        }

        return FixedWidth(ElementType, rows * elements, buffer);
    }
}
