using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// A field whose stored bytes are its Arrow values once in the host's byte order: the integers, floats, <c>char</c> and
/// <c>timespan</c>, scalars and fixed arrays. The column is gathered with one strided copy per batch (a whole-record copy when
/// the field fills the record), then, for the other byte order, reversed in place by the vectorized span overloads of
/// <see cref="BinaryPrimitives.ReverseEndianness(ReadOnlySpan{ulong}, Span{ulong})"/>. The bounds are checked once per batch.
/// </summary>
internal sealed class GatherEncoder(DescribedFieldType type, bool bigEndian, IArrowType elementType) : ColumnEncoder(type, bigEndian)
{
    public override IArrowType ElementType { get; } = elementType;

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers)
    {
        int size = Type.ElementSize;

        // An array field's elements lie side by side in the record, so each record contributes one run of this many bytes.
        int width = Type.ElementCount * size;
        int offset = Type.Field.Offset;
        if (offset + width > stride || (long)rows * stride > records.Length)
        {
            throw new InvalidOperationException($"Field '{Type.Field.Name}' ({width} bytes at {offset}) does not fit {rows} records of {stride} bytes in {records.Length} bytes.");
        }

        Memory<byte> memory = buffers.Take(rows * width);
        Span<byte> values = memory.Span;
        if (width == stride)
        {
            records[..values.Length].CopyTo(values);
        }
        else
        {
            Gather(ref Unsafe.Add(ref MemoryMarshal.GetReference(records), offset), stride, width, rows, ref MemoryMarshal.GetReference(values));
        }

        if (size > 1 && BigEndian == BitConverter.IsLittleEndian)
        {
            Reverse(values, size);
        }

        return FixedWidth(ElementType, rows * Type.ElementCount, memory);
    }

    // Copies the run of `width` bytes at `source` in each of `rows` records to `destination`, runs side by side. The common
    // widths read and write one unaligned integer per record, which the JIT turns into one load and one store.
    private static void Gather(ref byte source, int stride, int width, int rows, ref byte destination)
    {
        switch (width)
        {
            case 1:
                Gather<byte>(ref source, stride, rows, ref destination);
                break;
            case 2:
                Gather<ushort>(ref source, stride, rows, ref destination);
                break;
            case 4:
                Gather<uint>(ref source, stride, rows, ref destination);
                break;
            case 8:
                Gather<ulong>(ref source, stride, rows, ref destination);
                break;
            case 16:
                Gather<UInt128>(ref source, stride, rows, ref destination);
                break;
            default:
                for (int row = 0; row < rows; row++)
                {
                    Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref destination, (nint)row * width), ref Unsafe.Add(ref source, (nint)row * stride), (uint)width);
                }

                break;
        }
    }

    private static void Gather<T>(ref byte source, int stride, int rows, ref byte destination)
        where T : unmanaged
    {
        for (int row = 0; row < rows; row++)
        {
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref destination, (nint)row * Unsafe.SizeOf<T>()), Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref source, (nint)row * stride)));
        }
    }

    internal static void Reverse(Span<byte> values, int size)
    {
        switch (size)
        {
            case 2:
                Span<ushort> shorts = MemoryMarshal.Cast<byte, ushort>(values);
                BinaryPrimitives.ReverseEndianness(shorts, shorts);
                break;
            case 4:
                Span<uint> ints = MemoryMarshal.Cast<byte, uint>(values);
                BinaryPrimitives.ReverseEndianness(ints, ints);
                break;
            default:
                Span<ulong> longs = MemoryMarshal.Cast<byte, ulong>(values);
                BinaryPrimitives.ReverseEndianness(longs, longs);
                break;
        }
    }
}
