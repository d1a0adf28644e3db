using System;
using System.Buffers.Binary;
using CsCheck;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// The runtime's byte-order helpers that generated accessors call (<see cref="LittleEndianBytes"/>,
/// <see cref="BigEndianBytes"/>), each checked against <see cref="BinaryPrimitives"/> at random values and offsets: the
/// bytes written are the oracle's, nothing around them changes, and a read returns what the oracle wrote.
/// </summary>
public class ByteOrderHelperTests
{
    private const int BufferSize = 64;
    private const int MaxOffset = 40;

    internal delegate T Read<T>(ref byte start, int offset);

    internal delegate void Write<T>(ref byte start, int offset, T value);

    internal delegate void OracleWrite<T>(Span<byte> destination, T value);

    private static readonly Gen<Int128> s_int128 = Gen.Select(Gen.ULong, Gen.ULong, (upper, lower) => new Int128(upper, lower));
    private static readonly Gen<UInt128> s_uint128 = Gen.Select(Gen.ULong, Gen.ULong, (upper, lower) => new UInt128(upper, lower));
    private static readonly Gen<Half> s_half = Gen.UShort.Select(BitConverter.UInt16BitsToHalf);
    private static readonly Gen<float> s_single = Gen.UInt.Select(BitConverter.UInt32BitsToSingle);
    private static readonly Gen<double> s_double = Gen.ULong.Select(BitConverter.UInt64BitsToDouble);
    private static readonly Gen<DateTime> s_dateTime = Gen.Long[0, DateTime.MaxValue.Ticks].Select(ticks => new DateTime(ticks));
    private static readonly Gen<TimeSpan> s_timeSpan = Gen.Long.Select(TimeSpan.FromTicks);

    [Fact]
    public void Little_endian_helpers_match_BinaryPrimitives()
    {
        Check(Gen.Byte, LittleEndianBytes.ReadByte, LittleEndianBytes.WriteByte, (span, value) => span[0] = value);
        Check(Gen.SByte, LittleEndianBytes.ReadSByte, LittleEndianBytes.WriteSByte, (span, value) => span[0] = unchecked((byte)value));
        Check(Gen.Short, LittleEndianBytes.ReadInt16, LittleEndianBytes.WriteInt16, BinaryPrimitives.WriteInt16LittleEndian);
        Check(Gen.UShort, LittleEndianBytes.ReadUInt16, LittleEndianBytes.WriteUInt16, BinaryPrimitives.WriteUInt16LittleEndian);
        Check(Gen.Int, LittleEndianBytes.ReadInt32, LittleEndianBytes.WriteInt32, BinaryPrimitives.WriteInt32LittleEndian);
        Check(Gen.UInt, LittleEndianBytes.ReadUInt32, LittleEndianBytes.WriteUInt32, BinaryPrimitives.WriteUInt32LittleEndian);
        Check(Gen.Long, LittleEndianBytes.ReadInt64, LittleEndianBytes.WriteInt64, BinaryPrimitives.WriteInt64LittleEndian);
        Check(Gen.ULong, LittleEndianBytes.ReadUInt64, LittleEndianBytes.WriteUInt64, BinaryPrimitives.WriteUInt64LittleEndian);
        Check(s_int128, LittleEndianBytes.ReadInt128, LittleEndianBytes.WriteInt128, BinaryPrimitives.WriteInt128LittleEndian);
        Check(s_uint128, LittleEndianBytes.ReadUInt128, LittleEndianBytes.WriteUInt128, BinaryPrimitives.WriteUInt128LittleEndian);
        Check(Gen.Char, LittleEndianBytes.ReadChar, LittleEndianBytes.WriteChar, (span, value) => BinaryPrimitives.WriteUInt16LittleEndian(span, value));
        Check(s_half, LittleEndianBytes.ReadHalf, LittleEndianBytes.WriteHalf, BinaryPrimitives.WriteHalfLittleEndian);
        Check(s_single, LittleEndianBytes.ReadSingle, LittleEndianBytes.WriteSingle, BinaryPrimitives.WriteSingleLittleEndian);
        Check(s_double, LittleEndianBytes.ReadDouble, LittleEndianBytes.WriteDouble, BinaryPrimitives.WriteDoubleLittleEndian);
        Check(s_dateTime, LittleEndianBytes.ReadDateTime, LittleEndianBytes.WriteDateTime, (span, value) => BinaryPrimitives.WriteInt64LittleEndian(span, value.Ticks));
        Check(s_timeSpan, LittleEndianBytes.ReadTimeSpan, LittleEndianBytes.WriteTimeSpan, (span, value) => BinaryPrimitives.WriteInt64LittleEndian(span, value.Ticks));
        Check(Gen.Guid, LittleEndianBytes.ReadGuid, LittleEndianBytes.WriteGuid, (span, value) => Assert.True(value.TryWriteBytes(span, bigEndian: false, out _)));
    }

    [Fact]
    public void Big_endian_helpers_match_BinaryPrimitives()
    {
        Check(Gen.Byte, BigEndianBytes.ReadByte, BigEndianBytes.WriteByte, (span, value) => span[0] = value);
        Check(Gen.SByte, BigEndianBytes.ReadSByte, BigEndianBytes.WriteSByte, (span, value) => span[0] = unchecked((byte)value));
        Check(Gen.Short, BigEndianBytes.ReadInt16, BigEndianBytes.WriteInt16, BinaryPrimitives.WriteInt16BigEndian);
        Check(Gen.UShort, BigEndianBytes.ReadUInt16, BigEndianBytes.WriteUInt16, BinaryPrimitives.WriteUInt16BigEndian);
        Check(Gen.Int, BigEndianBytes.ReadInt32, BigEndianBytes.WriteInt32, BinaryPrimitives.WriteInt32BigEndian);
        Check(Gen.UInt, BigEndianBytes.ReadUInt32, BigEndianBytes.WriteUInt32, BinaryPrimitives.WriteUInt32BigEndian);
        Check(Gen.Long, BigEndianBytes.ReadInt64, BigEndianBytes.WriteInt64, BinaryPrimitives.WriteInt64BigEndian);
        Check(Gen.ULong, BigEndianBytes.ReadUInt64, BigEndianBytes.WriteUInt64, BinaryPrimitives.WriteUInt64BigEndian);
        Check(s_int128, BigEndianBytes.ReadInt128, BigEndianBytes.WriteInt128, BinaryPrimitives.WriteInt128BigEndian);
        Check(s_uint128, BigEndianBytes.ReadUInt128, BigEndianBytes.WriteUInt128, BinaryPrimitives.WriteUInt128BigEndian);
        Check(Gen.Char, BigEndianBytes.ReadChar, BigEndianBytes.WriteChar, (span, value) => BinaryPrimitives.WriteUInt16BigEndian(span, value));
        Check(s_half, BigEndianBytes.ReadHalf, BigEndianBytes.WriteHalf, BinaryPrimitives.WriteHalfBigEndian);
        Check(s_single, BigEndianBytes.ReadSingle, BigEndianBytes.WriteSingle, BinaryPrimitives.WriteSingleBigEndian);
        Check(s_double, BigEndianBytes.ReadDouble, BigEndianBytes.WriteDouble, BinaryPrimitives.WriteDoubleBigEndian);
        Check(s_dateTime, BigEndianBytes.ReadDateTime, BigEndianBytes.WriteDateTime, (span, value) => BinaryPrimitives.WriteInt64BigEndian(span, value.Ticks));
        Check(s_timeSpan, BigEndianBytes.ReadTimeSpan, BigEndianBytes.WriteTimeSpan, (span, value) => BinaryPrimitives.WriteInt64BigEndian(span, value.Ticks));
        Check(Gen.Guid, BigEndianBytes.ReadGuid, BigEndianBytes.WriteGuid, (span, value) => Assert.True(value.TryWriteBytes(span, bigEndian: true, out _)));
    }

    [Fact]
    public void Bool_is_one_byte_and_any_non_zero_byte_reads_true()
    {
        Gen.Select(Gen.Byte, Gen.Int[0, MaxOffset]).Sample((stored, offset) =>
        {
            byte[] bytes = new byte[BufferSize];
            bytes[offset] = stored;
            Assert.Equal(stored != 0, LittleEndianBytes.ReadBoolean(ref bytes[0], offset));
            Assert.Equal(stored != 0, BigEndianBytes.ReadBoolean(ref bytes[0], offset));
        });

        byte[] written = new byte[BufferSize];
        LittleEndianBytes.WriteBoolean(ref written[0], 3, true);
        BigEndianBytes.WriteBoolean(ref written[0], 5, true);
        Assert.Equal(1, written[3]);
        Assert.Equal(1, written[5]);
        LittleEndianBytes.WriteBoolean(ref written[0], 3, false);
        Assert.Equal(0, written[3]);
    }

    /// <summary>The tick count goes through the constructor, which validates it: bytes past <c>DateTime.MaxValue</c> throw rather than yield a value.</summary>
    [Fact]
    public void DateTime_ticks_out_of_range_throw_instead_of_being_reinterpreted()
    {
        byte[] bytes = new byte[BufferSize];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, long.MaxValue);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(8), -1);

        Assert.Throws<ArgumentOutOfRangeException>(() => LittleEndianBytes.ReadDateTime(ref bytes[0], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BigEndianBytes.ReadDateTime(ref bytes[0], 8));
    }

    private static void Check<T>(Gen<T> values, Read<T> read, Write<T> write, OracleWrite<T> oracle)
    {
        Gen.Select(values, Gen.Int[0, MaxOffset], Gen.Byte.Array[BufferSize]).Sample((value, offset, background) =>
        {
            byte[] expected = (byte[])background.Clone();
            oracle(expected.AsSpan(offset), value);

            byte[] actual = (byte[])background.Clone();
            write(ref actual[0], offset, value);
            Assert.Equal(expected, actual);
            Assert.Equal(value, read(ref expected[0], offset));
        });
    }
}
