using System;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// Turns one field of a batch of records into an Arrow array of its values (every element of an array field, one after the
/// other): the one step that knows the field's stored form. A fixed array's list wrapper is added by <see cref="ColumnEncoders"/>.
/// </summary>
internal abstract class ColumnEncoder(DescribedFieldType type, bool bigEndian)
{
    /// <summary>The field, its value type, element count and size.</summary>
    protected DescribedFieldType Type { get; } = type;

    /// <summary>Whether multi-byte values are stored big-endian.</summary>
    protected bool BigEndian { get; } = bigEndian;

    /// <summary>The Arrow type of one element.</summary>
    public abstract IArrowType ElementType { get; }

    /// <summary>
    /// The values of the field's <see cref="DescribedFieldType.ElementCount"/> elements in each of <paramref name="rows"/>
    /// records of <paramref name="stride"/> bytes, in memory taken from <paramref name="buffers"/>; <paramref name="firstRow"/>
    /// is the first record's index, for messages.
    /// </summary>
    public abstract IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers);

    /// <summary>The byte offset in a record of element <paramref name="element"/>.</summary>
    protected int ElementOffset(int element) => Type.Field.Offset + (element * Type.ElementSize);

    /// <summary>An array of non-null fixed-width values from their bytes.</summary>
    protected static IArrowArray FixedWidth(IArrowType type, int length, Memory<byte> values) =>
        ArrowArrayFactory.BuildArray(new ArrayData(type, length, 0, 0, [ArrowBuffer.Empty, new ArrowBuffer(values)]));
}
