using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// Values stored in the byte order that is not the host's: the raw integer of the value's size, reversed. The byte-order
/// helpers (<see cref="LittleEndianBytes"/>, <see cref="BigEndianBytes"/> and their atomic counterparts) share it.
/// <see cref="Unsafe.SizeOf{T}"/> is a JIT-time constant, so each call compiles to the one branch for its type.
/// </summary>
internal static class SwappedBytes
{
    /// <summary>Reads a <typeparamref name="T"/> stored in the other byte order at <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read<T>(ref byte at)
        where T : unmanaged
    {
        if (Unsafe.SizeOf<T>() == 1)
        {
            return Unsafe.ReadUnaligned<T>(ref at);
        }

        if (Unsafe.SizeOf<T>() == 2)
        {
            return Unsafe.BitCast<ushort, T>(BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ushort>(ref at)));
        }

        if (Unsafe.SizeOf<T>() == 4)
        {
            return Unsafe.BitCast<uint, T>(BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref at)));
        }

        if (Unsafe.SizeOf<T>() == 8)
        {
            return Unsafe.BitCast<ulong, T>(BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(ref at)));
        }

        return Unsafe.BitCast<UInt128, T>(BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<UInt128>(ref at)));
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="at"/> in the other byte order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<T>(ref byte at, T value)
        where T : unmanaged
    {
        if (Unsafe.SizeOf<T>() == 1)
        {
            Unsafe.WriteUnaligned(ref at, value);
        }
        else if (Unsafe.SizeOf<T>() == 2)
        {
            Unsafe.WriteUnaligned(ref at, BinaryPrimitives.ReverseEndianness(Unsafe.BitCast<T, ushort>(value)));
        }
        else if (Unsafe.SizeOf<T>() == 4)
        {
            Unsafe.WriteUnaligned(ref at, BinaryPrimitives.ReverseEndianness(Unsafe.BitCast<T, uint>(value)));
        }
        else if (Unsafe.SizeOf<T>() == 8)
        {
            Unsafe.WriteUnaligned(ref at, BinaryPrimitives.ReverseEndianness(Unsafe.BitCast<T, ulong>(value)));
        }
        else
        {
            Unsafe.WriteUnaligned(ref at, BinaryPrimitives.ReverseEndianness(Unsafe.BitCast<T, UInt128>(value)));
        }
    }

    /// <summary><paramref name="value"/> with its bytes reversed (4- and 8-byte integers: the atomic helpers' values).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Reverse<T>(T value)
        where T : unmanaged => Unsafe.SizeOf<T>() == 4
            ? Unsafe.BitCast<uint, T>(BinaryPrimitives.ReverseEndianness(Unsafe.BitCast<T, uint>(value)))
            : Unsafe.BitCast<ulong, T>(BinaryPrimitives.ReverseEndianness(Unsafe.BitCast<T, ulong>(value)));
}
