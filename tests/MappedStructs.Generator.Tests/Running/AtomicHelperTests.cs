using System;
using System.Buffers.Binary;
using CsCheck;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// The runtime's atomic helpers that generated <c>[Atomic]</c> members call (<see cref="LittleEndianAtomics"/>,
/// <see cref="BigEndianAtomics"/>): every operation leaves the bytes <see cref="BinaryPrimitives"/> would write for the
/// expected value, in both byte orders (one of which is the host's, the other swapped around the interlocked operation).
/// </summary>
public class AtomicHelperTests
{
    private const int BufferSize = 64;

    [Fact]
    public void Int32_operations_keep_the_layout_byte_order()
    {
        Check(Gen.Int, LittleEndianAtomics.Read<int>, LittleEndianAtomics.Write, LittleEndianAtomics.Exchange, LittleEndianAtomics.CompareExchange, LittleEndianAtomics.Add, BinaryPrimitives.ReadInt32LittleEndian, (a, b) => unchecked(a + b), 4);
        Check(Gen.Int, BigEndianAtomics.Read<int>, BigEndianAtomics.Write, BigEndianAtomics.Exchange, BigEndianAtomics.CompareExchange, BigEndianAtomics.Add, BinaryPrimitives.ReadInt32BigEndian, (a, b) => unchecked(a + b), 4);
    }

    [Fact]
    public void UInt32_operations_keep_the_layout_byte_order()
    {
        Check(Gen.UInt, LittleEndianAtomics.Read<uint>, LittleEndianAtomics.Write, LittleEndianAtomics.Exchange, LittleEndianAtomics.CompareExchange, LittleEndianAtomics.Add, BinaryPrimitives.ReadUInt32LittleEndian, (a, b) => unchecked(a + b), 4);
        Check(Gen.UInt, BigEndianAtomics.Read<uint>, BigEndianAtomics.Write, BigEndianAtomics.Exchange, BigEndianAtomics.CompareExchange, BigEndianAtomics.Add, BinaryPrimitives.ReadUInt32BigEndian, (a, b) => unchecked(a + b), 4);
    }

    [Fact]
    public void Int64_operations_keep_the_layout_byte_order()
    {
        Check(Gen.Long, LittleEndianAtomics.Read<long>, LittleEndianAtomics.Write, LittleEndianAtomics.Exchange, LittleEndianAtomics.CompareExchange, LittleEndianAtomics.Add, BinaryPrimitives.ReadInt64LittleEndian, (a, b) => unchecked(a + b), 8);
        Check(Gen.Long, BigEndianAtomics.Read<long>, BigEndianAtomics.Write, BigEndianAtomics.Exchange, BigEndianAtomics.CompareExchange, BigEndianAtomics.Add, BinaryPrimitives.ReadInt64BigEndian, (a, b) => unchecked(a + b), 8);
    }

    [Fact]
    public void UInt64_operations_keep_the_layout_byte_order()
    {
        Check(Gen.ULong, LittleEndianAtomics.Read<ulong>, LittleEndianAtomics.Write, LittleEndianAtomics.Exchange, LittleEndianAtomics.CompareExchange, LittleEndianAtomics.Add, BinaryPrimitives.ReadUInt64LittleEndian, (a, b) => unchecked(a + b), 8);
        Check(Gen.ULong, BigEndianAtomics.Read<ulong>, BigEndianAtomics.Write, BigEndianAtomics.Exchange, BigEndianAtomics.CompareExchange, BigEndianAtomics.Add, BinaryPrimitives.ReadUInt64BigEndian, (a, b) => unchecked(a + b), 8);
    }

    internal delegate T Read<T>(ref byte start, int offset);

    internal delegate void Write<T>(ref byte start, int offset, T value);

    internal delegate T Exchange<T>(ref byte start, int offset, T value);

    internal delegate T CompareExchange<T>(ref byte start, int offset, T value, T comparand);

    internal delegate T OracleRead<T>(ReadOnlySpan<byte> source);

    private static void Check<T>(
        Gen<T> values, Read<T> read, Write<T> write, Exchange<T> exchange, CompareExchange<T> compareExchange, Exchange<T> add,
        OracleRead<T> oracle, Func<T, T, T> plus, int size)
        where T : struct, IEquatable<T>
    {
        Gen.Select(values, values, values, Gen.Int[0, (BufferSize / size) - 1]).Sample((first, second, third, slot) =>
        {
            // Interlocked operations need a naturally aligned address: a pinned, 8-byte-aligned buffer and whole slots.
            byte[] buffer = GC.AllocateArray<byte>(BufferSize + 8, pinned: true);
            int offset = Aligned(buffer) + (slot * size);
            T Stored() => oracle(buffer.AsSpan(offset, size));

            write(ref buffer[0], offset, first);
            Assert.Equal(first, Stored());
            Assert.Equal(first, read(ref buffer[0], offset));

            Assert.Equal(first, exchange(ref buffer[0], offset, second));
            Assert.Equal(second, Stored());

            Assert.Equal(second, compareExchange(ref buffer[0], offset, third, second));
            Assert.Equal(third, Stored());
            bool same = third.Equals(first);
            Assert.Equal(third, compareExchange(ref buffer[0], offset, second, first));
            Assert.Equal(same ? second : third, Stored());

            T before = Stored();
            T sum = plus(before, first);
            Assert.Equal(sum, add(ref buffer[0], offset, first));
            Assert.Equal(sum, Stored());
        });
    }

    private static unsafe int Aligned(byte[] pinned)
    {
        fixed (byte* start = pinned)
        {
            return (int)((8 - ((nuint)start & 7)) & 7);
        }
    }
}
