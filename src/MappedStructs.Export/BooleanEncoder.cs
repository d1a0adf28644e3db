using System;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>A <c>bool</c> field: any non-zero byte is true, as the generated property reads it; Arrow packs the values as bits.</summary>
internal sealed class BooleanEncoder(DescribedFieldType type, bool bigEndian) : ColumnEncoder(type, bigEndian)
{
    public override IArrowType ElementType => BooleanType.Default;

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers)
    {
        int elements = Type.ElementCount;
        int length = rows * elements;
        Memory<byte> buffer = buffers.Take((length + 7) / 8);
        Span<byte> bits = buffer.Span;
        bits.Clear();
        int k = 0;
        for (int row = 0; row < rows; row++)
        {
            for (int e = 0; e < elements; e++, k++)
            {
                if (records[(row * stride) + ElementOffset(e)] != 0)
                {
                    bits[k >> 3] |= (byte)(1 << (k & 7));
                }
            }
        }

        return FixedWidth(ElementType, length, buffer);
    }
}
