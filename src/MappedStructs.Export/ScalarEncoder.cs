using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// A field whose every element becomes one fixed-width Arrow value of <typeparamref name="TValue"/> that differs from its
/// stored bytes, read by <typeparamref name="TReader"/> (a struct, so the JIT inlines its read into the loop): the 24-bit
/// integers, widened, and <c>datetime</c>, converted and checked. Values stored as they are exported go through
/// <see cref="GatherEncoder"/>.
/// </summary>
internal sealed class ScalarEncoder<TValue, TReader>(DescribedFieldType type, bool bigEndian, IArrowType elementType, TReader reader) : ColumnEncoder(type, bigEndian)
    where TValue : unmanaged
    where TReader : struct, IElementReader<TValue>
{
    public override IArrowType ElementType { get; } = elementType;

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers)
    {
        int elements = Type.ElementCount;
        Memory<byte> buffer = buffers.Take(rows * elements * Unsafe.SizeOf<TValue>());
        Span<TValue> values = MemoryMarshal.Cast<byte, TValue>(buffer.Span);
        ref byte start = ref MemoryMarshal.GetReference(records);
        int k = 0;
        for (int row = 0; row < rows; row++)
        {
            int recordOffset = row * stride;
            for (int e = 0; e < elements; e++)
            {
                values[k++] = reader.Read(ref start, recordOffset + ElementOffset(e), firstRow + row);
            }
        }

        return FixedWidth(ElementType, rows * elements, buffer);
    }
}
