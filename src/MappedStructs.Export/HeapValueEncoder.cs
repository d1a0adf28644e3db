using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Unicode;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// A variable-length field exported in Arrow's variable-size layout (offsets, then the values' bytes side by side): text as
/// <c>string</c> (checked to be valid UTF-8, copied without decoding), a blob as <c>binary</c>, an array of any length as
/// <c>list&lt;T&gt;</c> of its elements in little-endian order (reversed in place for a big-endian layout, as the fixed arrays
/// are). Each value is resolved through <see cref="DescribedTable.GetHeapBytes(long, int)"/>, the one check views make per
/// reference; the batch's records were bounds-checked once by the batch. One pass sizes the data from the references, a
/// second copies the validated values, so a batch takes two buffers sized by its values and reuses them batch after batch.
/// </summary>
internal sealed class HeapValueEncoder(DescribedTable table, int field, IArrowType? elementType) : ColumnEncoder(table.FieldTypes[field], table.Layout.Endian == Endianness.Big)
{
    private readonly int _elementSize = elementType is FixedWidthType fixedWidth ? fixedWidth.BitWidth / 8 : 1;

    public override IArrowType ElementType { get; } = table.FieldTypes[field].VariableLengthKind switch
    {
        FieldKind.Text => StringType.Default,
        FieldKind.Blob => BinaryType.Default,
        _ => new ListType(new Field("item", elementType, nullable: false)),
    };

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers)
    {
        long total = 0;
        for (int row = 0; row < rows; row++)
        {
            total += new HeapReference(Word(records, (row * stride) + Type.Field.Offset)).Length;
        }

        if (total > int.MaxValue)
        {
            throw new InvalidDataException(
                $"The values of field '{Type.Field.Name}' in records {firstRow} to {firstRow + rows} of '{table.Path}' take {total} bytes, more than one Arrow batch with 32-bit offsets holds: export with a smaller batch size.");
        }

        Memory<byte> offsets = buffers.Take((rows + 1) * sizeof(int));
        Span<int> ends = MemoryMarshal.Cast<byte, int>(offsets.Span);
        Memory<byte> data = buffers.Take((int)total);
        Span<byte> written = data.Span;
        int end = 0;
        ends[0] = 0;
        for (int row = 0; row < rows; row++)
        {
            long index = firstRow + row;
            ReadOnlySpan<byte> value = table.GetHeapBytes(index, field);
            if (value.Length > written.Length - end)
            {
                throw new InvalidOperationException($"Field '{Type.Field.Name}' of record {index} of '{table.Path}' changed while it was exported; export again.");
            }

            if (Type.VariableLengthKind == FieldKind.Text && !Utf8.IsValid(value))
            {
                throw new InvalidDataException($"Field '{Type.Field.Name}' of record {index} of '{table.Path}' holds invalid UTF-8.");
            }

            value.CopyTo(written[end..]);
            end += value.Length;
            ends[row + 1] = Type.VariableLengthKind == FieldKind.VarArray ? end / _elementSize : end;
        }

        if (Type.VariableLengthKind != FieldKind.VarArray)
        {
            return ArrowArrayFactory.BuildArray(new ArrayData(ElementType, rows, 0, 0, [ArrowBuffer.Empty, new ArrowBuffer(offsets), new ArrowBuffer(data[..end])]));
        }

        if (_elementSize > 1 && BigEndian == BitConverter.IsLittleEndian)
        {
            GatherEncoder.Reverse(written[..end], _elementSize);
        }

        IArrowArray elements = FixedWidth(elementType!, end / _elementSize, data[..end]);
        return ArrowArrayFactory.BuildArray(new ArrayData(ElementType, rows, 0, 0, [ArrowBuffer.Empty, new ArrowBuffer(offsets)], [elements.Data]));
    }

    private ulong Word(ReadOnlySpan<byte> records, int offset) =>
        BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(records[offset..]) : BinaryPrimitives.ReadUInt64LittleEndian(records[offset..]);
}
