using System;
using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// A field exported as its bytes, <c>fixed_size_binary[n]</c>: a nested layout (as stored: the table's header does not describe
/// its fields) or a <c>guid</c> in RFC 4122 byte order, so its hex reads as the <see cref="Guid"/>'s text form does.
/// </summary>
internal sealed class FixedBinaryEncoder(DescribedFieldType type, bool bigEndian) : ColumnEncoder(type, bigEndian)
{
    public override IArrowType ElementType { get; } = new FixedSizeBinaryType(type.ElementSize);

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers)
    {
        int elements = Type.ElementCount;
        int size = Type.ElementSize;
        Memory<byte> buffer = buffers.Take(rows * elements * size);
        Span<byte> values = buffer.Span;
        ref byte start = ref MemoryMarshal.GetReference(records);
        bool guid = Type.ValueType == FieldValueType.Guid;
        int k = 0;
        for (int row = 0; row < rows; row++)
        {
            for (int e = 0; e < elements; e++, k++)
            {
                int offset = (row * stride) + ElementOffset(e);
                Span<byte> destination = values.Slice(k * size, size);
                if (guid)
                {
                    Guid value = BigEndian ? BigEndianBytes.ReadGuid(ref start, offset) : LittleEndianBytes.ReadGuid(ref start, offset);
                    _ = value.TryWriteBytes(destination, bigEndian: true, out _);
                }
                else
                {
                    records.Slice(offset, size).CopyTo(destination);
                }
            }
        }

        return FixedWidth(ElementType, rows * elements, buffer);
    }
}
