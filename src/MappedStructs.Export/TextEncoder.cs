using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Unicode;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// A field exported as an Arrow <c>string</c>: UTF-8 text without its padding (up to the first NUL, or without the trailing
/// padding bytes), checked to be valid UTF-8 and copied without decoding; or an <c>int128</c>/<c>uint128</c> as its decimal
/// digits, since no Arrow integer holds it.
/// </summary>
internal sealed class TextEncoder(DescribedFieldType type, bool bigEndian, string path) : ColumnEncoder(type, bigEndian)
{
    // UInt128.MaxValue has 39 digits and Int128.MinValue 39 and a sign.
    private const int MaxDigits = 40;

    public override IArrowType ElementType => StringType.Default;

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers)
    {
        int length = rows * Type.ElementCount;
        Memory<byte> offsets = buffers.Take((length + 1) * sizeof(int));
        Span<int> ends = MemoryMarshal.Cast<byte, int>(offsets.Span);

        // The most the values can take: the whole field for text (no padding trimmed), 40 digits and a sign for a 128-bit integer.
        int most = Type.ValueType == FieldValueType.Utf8 ? Type.ElementSize : MaxDigits;
        Memory<byte> data = buffers.Take(length * most);
        Span<byte> written = data.Span;
        Span<byte> digits = stackalloc byte[MaxDigits];
        ref byte start = ref MemoryMarshal.GetReference(records);
        int end = 0;
        int k = 0;
        ends[0] = 0;
        for (int row = 0; row < rows; row++)
        {
            for (int e = 0; e < Type.ElementCount; e++)
            {
                int offset = (row * stride) + ElementOffset(e);
                ReadOnlySpan<byte> text = Type.ValueType == FieldValueType.Utf8
                    ? Utf8Text(records.Slice(offset, Type.ElementSize), firstRow + row)
                    : digits[..Digits(ref start, offset, digits)];
                text.CopyTo(written[end..]);
                end += text.Length;
                ends[++k] = end;
            }
        }

        return ArrowArrayFactory.BuildArray(
            new ArrayData(ElementType, length, 0, 0, [ArrowBuffer.Empty, new ArrowBuffer(offsets), new ArrowBuffer(data[..end])]));
    }

    private ReadOnlySpan<byte> Utf8Text(ReadOnlySpan<byte> field, long row)
    {
        byte padding = (byte)Type.Utf8Padding;
        ReadOnlySpan<byte> text = padding == 0
            ? (field.IndexOf((byte)0) is var nul and >= 0 ? field[..nul] : field)
            : field.TrimEnd(padding);
        return Utf8.IsValid(text)
            ? text
            : throw new InvalidDataException($"Field '{Type.Field.Name}' of record {row} of '{path}' holds invalid UTF-8.");
    }

    private int Digits(ref byte start, int offset, Span<byte> destination)
    {
        bool written = Type.ValueType == FieldValueType.Int128
            ? (BigEndian ? BigEndianBytes.Read<Int128>(ref start, offset) : LittleEndianBytes.Read<Int128>(ref start, offset)).TryFormat(destination, out int count, default, CultureInfo.InvariantCulture)
            : (BigEndian ? BigEndianBytes.Read<UInt128>(ref start, offset) : LittleEndianBytes.Read<UInt128>(ref start, offset)).TryFormat(destination, out count, default, CultureInfo.InvariantCulture);
        return written ? count : throw new InvalidOperationException($"{MaxDigits} bytes hold every 128-bit integer's digits.");
    }
}
