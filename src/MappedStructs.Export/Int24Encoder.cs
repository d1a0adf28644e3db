using System;
using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>A three-byte integer, widened to <c>int32</c> (sign-extended) or <c>uint32</c>.</summary>
internal sealed class Int24Encoder(DescribedFieldType type, bool bigEndian) : ColumnEncoder(type, bigEndian)
{
    private readonly bool _signed = type.ValueType == FieldValueType.Int24;

    public override IArrowType ElementType => _signed ? Int32Type.Default : UInt32Type.Default;

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow)
    {
        int elements = Type.ElementCount;
        byte[] buffer = new byte[rows * elements * sizeof(uint)];
        Span<uint> values = MemoryMarshal.Cast<byte, uint>(buffer.AsSpan());
        ref byte start = ref MemoryMarshal.GetReference(records);
        int k = 0;
        for (int row = 0; row < rows; row++)
        {
            for (int e = 0; e < elements; e++)
            {
                int offset = (row * stride) + ElementOffset(e);
                values[k++] = _signed
                    ? (uint)(BigEndian ? BigEndianBytes.ReadInt24(ref start, offset) : LittleEndianBytes.ReadInt24(ref start, offset))
                    : BigEndian ? BigEndianBytes.ReadUInt24(ref start, offset) : LittleEndianBytes.ReadUInt24(ref start, offset);
            }
        }

        return FixedWidth(ElementType, rows * elements, buffer);
    }
}
