using System;
using System.Buffers.Binary;
using CsCheck;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// The runtime's byte-order helpers that generated accessors call (<see cref="LittleEndianBytes"/>,
/// <see cref="BigEndianBytes"/>), each type they read and write (enums too) checked against <see cref="BinaryPrimitives"/>
/// at random values and offsets: the bytes written are the oracle's, nothing around them changes, and a read returns
/// what the oracle wrote.
/// </summary>
public class ByteOrderHelperTests
{
    private const int BufferSize = 64;
    private const int MaxOffset = 40;

    internal enum Code : short
    {
        None = 0,
    }

    internal delegate T Read<T>(ref byte start, int offset);

    internal delegate void Write<T>(ref byte start, int offset, T value);

    internal delegate void OracleWrite<T>(Span<byte> destination, T value);

    private static readonly Gen<Int128> s_int128 = Gen.Select(Gen.ULong, Gen.ULong, (upper, lower) => new Int128(upper, lower));
    private static readonly Gen<UInt128> s_uint128 = Gen.Select(Gen.ULong, Gen.ULong, (upper, lower) => new UInt128(upper, lower));
    private static readonly Gen<Half> s_half = Gen.UShort.Select(BitConverter.UInt16BitsToHalf);
    private static readonly Gen<float> s_single = Gen.UInt.Select(BitConverter.UInt32BitsToSingle);
    private static readonly Gen<double> s_double = Gen.ULong.Select(BitConverter.UInt64BitsToDouble);

    [Fact]
    public void Little_endian_helpers_match_BinaryPrimitives()
    {
        Check(Gen.Byte, LittleEndianBytes.Read<byte>, LittleEndianBytes.Write, (span, value) => span[0] = value);
        Check(Gen.SByte, LittleEndianBytes.Read<sbyte>, LittleEndianBytes.Write, (span, value) => span[0] = unchecked((byte)value));
        Check(Gen.Short, LittleEndianBytes.Read<short>, LittleEndianBytes.Write, BinaryPrimitives.WriteInt16LittleEndian);
        Check(Gen.UShort, LittleEndianBytes.Read<ushort>, LittleEndianBytes.Write, BinaryPrimitives.WriteUInt16LittleEndian);
        Check(Gen.Int, LittleEndianBytes.Read<int>, LittleEndianBytes.Write, BinaryPrimitives.WriteInt32LittleEndian);
        Check(Gen.UInt, LittleEndianBytes.Read<uint>, LittleEndianBytes.Write, BinaryPrimitives.WriteUInt32LittleEndian);
        Check(Gen.Long, LittleEndianBytes.Read<long>, LittleEndianBytes.Write, BinaryPrimitives.WriteInt64LittleEndian);
        Check(Gen.ULong, LittleEndianBytes.Read<ulong>, LittleEndianBytes.Write, BinaryPrimitives.WriteUInt64LittleEndian);
        Check(s_int128, LittleEndianBytes.Read<Int128>, LittleEndianBytes.Write, BinaryPrimitives.WriteInt128LittleEndian);
        Check(s_uint128, LittleEndianBytes.Read<UInt128>, LittleEndianBytes.Write, BinaryPrimitives.WriteUInt128LittleEndian);
        Check(Gen.Char, LittleEndianBytes.Read<char>, LittleEndianBytes.Write, (span, value) => BinaryPrimitives.WriteUInt16LittleEndian(span, value));
        Check(s_half, LittleEndianBytes.Read<Half>, LittleEndianBytes.Write, BinaryPrimitives.WriteHalfLittleEndian);
        Check(s_single, LittleEndianBytes.Read<float>, LittleEndianBytes.Write, BinaryPrimitives.WriteSingleLittleEndian);
        Check(s_double, LittleEndianBytes.Read<double>, LittleEndianBytes.Write, BinaryPrimitives.WriteDoubleLittleEndian);
        Check(Gen.Short.Select(v => (Code)v), LittleEndianBytes.Read<Code>, LittleEndianBytes.Write, (span, value) => BinaryPrimitives.WriteInt16LittleEndian(span, (short)value));
        Check(Gen.Guid, LittleEndianBytes.ReadGuid, LittleEndianBytes.WriteGuid, (span, value) => Assert.True(value.TryWriteBytes(span, bigEndian: false, out _)));
    }

    [Fact]
    public void Big_endian_helpers_match_BinaryPrimitives()
    {
        Check(Gen.Byte, BigEndianBytes.Read<byte>, BigEndianBytes.Write, (span, value) => span[0] = value);
        Check(Gen.SByte, BigEndianBytes.Read<sbyte>, BigEndianBytes.Write, (span, value) => span[0] = unchecked((byte)value));
        Check(Gen.Short, BigEndianBytes.Read<short>, BigEndianBytes.Write, BinaryPrimitives.WriteInt16BigEndian);
        Check(Gen.UShort, BigEndianBytes.Read<ushort>, BigEndianBytes.Write, BinaryPrimitives.WriteUInt16BigEndian);
        Check(Gen.Int, BigEndianBytes.Read<int>, BigEndianBytes.Write, BinaryPrimitives.WriteInt32BigEndian);
        Check(Gen.UInt, BigEndianBytes.Read<uint>, BigEndianBytes.Write, BinaryPrimitives.WriteUInt32BigEndian);
        Check(Gen.Long, BigEndianBytes.Read<long>, BigEndianBytes.Write, BinaryPrimitives.WriteInt64BigEndian);
        Check(Gen.ULong, BigEndianBytes.Read<ulong>, BigEndianBytes.Write, BinaryPrimitives.WriteUInt64BigEndian);
        Check(s_int128, BigEndianBytes.Read<Int128>, BigEndianBytes.Write, BinaryPrimitives.WriteInt128BigEndian);
        Check(s_uint128, BigEndianBytes.Read<UInt128>, BigEndianBytes.Write, BinaryPrimitives.WriteUInt128BigEndian);
        Check(Gen.Char, BigEndianBytes.Read<char>, BigEndianBytes.Write, (span, value) => BinaryPrimitives.WriteUInt16BigEndian(span, value));
        Check(s_half, BigEndianBytes.Read<Half>, BigEndianBytes.Write, BinaryPrimitives.WriteHalfBigEndian);
        Check(s_single, BigEndianBytes.Read<float>, BigEndianBytes.Write, BinaryPrimitives.WriteSingleBigEndian);
        Check(s_double, BigEndianBytes.Read<double>, BigEndianBytes.Write, BinaryPrimitives.WriteDoubleBigEndian);
        Check(Gen.Short.Select(v => (Code)v), BigEndianBytes.Read<Code>, BigEndianBytes.Write, (span, value) => BinaryPrimitives.WriteInt16BigEndian(span, (short)value));
        Check(Gen.Guid, BigEndianBytes.ReadGuid, BigEndianBytes.WriteGuid, (span, value) => Assert.True(value.TryWriteBytes(span, bigEndian: true, out _)));
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
