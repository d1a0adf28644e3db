using System;
using System.Buffers.Binary;
using CsCheck;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// The runtime helpers that accessors of an <see cref="Endianness.PerView"/> layout call (<see cref="EndianBytes"/>,
/// <see cref="EndianAtomics"/>): with the flag false they write and read the bytes <see cref="BinaryPrimitives"/> writes
/// little-endian, with it true big-endian, at random values and offsets, leaving the bytes around them alone; the order
/// argument of a view's <c>From</c> is checked once, and anything but Little or Big is refused.
/// </summary>
public class PerViewHelperTests
{
    private const int BufferSize = 64;
    private const int MaxOffset = 40;

    internal enum Code : int
    {
        None = 0,
    }

    internal delegate T Read<T>(ref byte start, int offset, bool bigEndian);

    internal delegate void Write<T>(ref byte start, int offset, T value, bool bigEndian);

    internal delegate void OracleWrite<T>(Span<byte> destination, T value, bool bigEndian);

    [Fact]
    public void Scalars_are_read_and_written_in_the_order_the_flag_names()
    {
        Check(Gen.Short, EndianBytes.Read<short>, EndianBytes.Write, (span, value, big) => { if (big) { BinaryPrimitives.WriteInt16BigEndian(span, value); } else { BinaryPrimitives.WriteInt16LittleEndian(span, value); } });
        Check(Gen.UInt, EndianBytes.Read<uint>, EndianBytes.Write, (span, value, big) => { if (big) { BinaryPrimitives.WriteUInt32BigEndian(span, value); } else { BinaryPrimitives.WriteUInt32LittleEndian(span, value); } });
        Check(Gen.Long, EndianBytes.Read<long>, EndianBytes.Write, (span, value, big) => { if (big) { BinaryPrimitives.WriteInt64BigEndian(span, value); } else { BinaryPrimitives.WriteInt64LittleEndian(span, value); } });
        Check(Gen.Select(Gen.ULong, Gen.ULong, (upper, lower) => new UInt128(upper, lower)), EndianBytes.Read<UInt128>, EndianBytes.Write, (span, value, big) => { if (big) { BinaryPrimitives.WriteUInt128BigEndian(span, value); } else { BinaryPrimitives.WriteUInt128LittleEndian(span, value); } });
        Check(Gen.ULong.Select(BitConverter.UInt64BitsToDouble), EndianBytes.Read<double>, EndianBytes.Write, (span, value, big) => { if (big) { BinaryPrimitives.WriteDoubleBigEndian(span, value); } else { BinaryPrimitives.WriteDoubleLittleEndian(span, value); } });
        Check(Gen.UShort.Select(BitConverter.UInt16BitsToHalf), EndianBytes.Read<Half>, EndianBytes.Write, (span, value, big) => { if (big) { BinaryPrimitives.WriteHalfBigEndian(span, value); } else { BinaryPrimitives.WriteHalfLittleEndian(span, value); } });
        Check(Gen.Char, EndianBytes.Read<char>, EndianBytes.Write, (span, value, big) => { if (big) { BinaryPrimitives.WriteUInt16BigEndian(span, value); } else { BinaryPrimitives.WriteUInt16LittleEndian(span, value); } });
        Check(Gen.Int.Select(v => (Code)v), EndianBytes.Read<Code>, EndianBytes.Write, (span, value, big) => { if (big) { BinaryPrimitives.WriteInt32BigEndian(span, (int)value); } else { BinaryPrimitives.WriteInt32LittleEndian(span, (int)value); } });
        Check(Gen.Guid, EndianBytes.ReadGuid, EndianBytes.WriteGuid, (span, value, big) => Assert.True(value.TryWriteBytes(span, big, out _)));
    }

    [Fact]
    public void Int24_values_are_three_bytes_in_the_order_the_flag_names()
    {
        Check(Gen.Int[Int24Range.MinInt24, Int24Range.MaxInt24], EndianBytes.ReadInt24, (ref byte start, int offset, int value, bool big) => EndianBytes.WriteInt24(ref start, offset, value, "T.F", big), (span, value, big) => ThreeBytes(span, unchecked((uint)value), big));
        Check(Gen.UInt[0, Int24Range.MaxUInt24], EndianBytes.ReadUInt24, (ref byte start, int offset, uint value, bool big) => EndianBytes.WriteUInt24(ref start, offset, value, "T.F", big), ThreeBytes);
    }

    [Fact]
    public void Int24_values_out_of_range_throw_naming_the_field_and_write_nothing()
    {
        Gen.Select(Gen.Bool, Gen.OneOf(Gen.Int[int.MinValue, Int24Range.MinInt24 - 1], Gen.Int[Int24Range.MaxInt24 + 1, int.MaxValue])).Sample((big, value) =>
        {
            byte[] bytes = new byte[8];
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => EndianBytes.WriteInt24(ref bytes[0], 2, value, "T.F", big));
            Assert.Contains("T.F", e.Message, StringComparison.Ordinal);
            Assert.All(bytes, b => Assert.Equal(0, b));
        });
    }

    [Fact]
    public void Atomics_keep_the_order_the_flag_names()
    {
        Gen.Select(Gen.Bool, Gen.Long, Gen.Long).Sample((big, first, second) =>
        {
            byte[] bytes = new byte[16];
            long Stored() => big ? BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(8)) : BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8));
            EndianAtomics.Write(ref bytes[0], 8, first, big);
            Assert.Equal(first, Stored());
            Assert.Equal(first, EndianAtomics.Read<long>(ref bytes[0], 8, big));
            Assert.Equal(first, EndianAtomics.Exchange(ref bytes[0], 8, second, big));
            Assert.Equal(second, Stored());
            Assert.Equal(second, EndianAtomics.CompareExchange(ref bytes[0], 8, first, second, big));
            Assert.Equal(first, Stored());
            Assert.Equal(unchecked(first + second), EndianAtomics.Add(ref bytes[0], 8, second, big));
            Assert.Equal(unchecked(first + second), Stored());
            Assert.All(bytes[..8], b => Assert.Equal(0, b));
        });
    }

    [Fact]
    public void A_view_order_is_little_or_big_and_nothing_else()
    {
        Assert.False(EndianBytes.IsBigEndian(Endianness.Little));
        Assert.True(EndianBytes.IsBigEndian(Endianness.Big));
        Assert.Equal(Endianness.Big, EndianBytes.OrderOf(bigEndian: true));
        Assert.Equal(Endianness.Little, EndianBytes.OrderOf(bigEndian: false));
        Gen.Int.Where(v => v is not (0 or 1)).Sample(value =>
        {
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => EndianBytes.IsBigEndian((Endianness)value));
            Assert.Equal("byteOrder", e.ParamName);
            Assert.Contains("Endianness.Little or Endianness.Big", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_order_less_copy_explains_what_to_call_instead()
    {
        NotSupportedException e = EndianBytes.ByteOrderRequired("Elf.Header", "LoadFrom");
        Assert.Contains("Elf.Header is declared with Endianness.PerView", e.Message, StringComparison.Ordinal);
        Assert.Contains("Call Elf.Header.LoadFrom with a byteOrder argument", e.Message, StringComparison.Ordinal);
    }

    private static void ThreeBytes(Span<byte> span, uint value, bool big)
    {
        span[big ? 2 : 0] = (byte)value;
        span[1] = (byte)(value >> 8);
        span[big ? 0 : 2] = (byte)(value >> 16);
    }

    private static void Check<T>(Gen<T> values, Read<T> read, Write<T> write, OracleWrite<T> oracle)
    {
        Gen.Select(values, Gen.Bool, Gen.Int[0, MaxOffset], Gen.Byte.Array[BufferSize]).Sample((value, big, offset, background) =>
        {
            byte[] expected = (byte[])background.Clone();
            oracle(expected.AsSpan(offset), value, big);

            byte[] actual = (byte[])background.Clone();
            write(ref actual[0], offset, value, big);
            Assert.Equal(expected, actual);
            Assert.Equal(value, read(ref expected[0], offset, big));
        });
    }
}
