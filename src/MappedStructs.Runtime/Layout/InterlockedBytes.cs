using System.Numerics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// Volatile and interlocked operations on a 4- or 8-byte integer at a naturally aligned address, in the bytes' own order:
/// what <see cref="LittleEndianAtomics"/> and <see cref="BigEndianAtomics"/> share. <see cref="Unsafe.SizeOf{T}"/> is a
/// JIT-time constant, so each call compiles to the one operation for its type.
/// </summary>
internal static class InterlockedBytes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T VolatileRead<T>(ref byte at)
        where T : unmanaged => Unsafe.SizeOf<T>() == 4
            ? Unsafe.BitCast<int, T>(Volatile.Read(ref Unsafe.As<byte, int>(ref at)))
            : Unsafe.BitCast<long, T>(Volatile.Read(ref Unsafe.As<byte, long>(ref at)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void VolatileWrite<T>(ref byte at, T value)
        where T : unmanaged
    {
        if (Unsafe.SizeOf<T>() == 4)
        {
            Volatile.Write(ref Unsafe.As<byte, int>(ref at), Unsafe.BitCast<T, int>(value));
        }
        else
        {
            Volatile.Write(ref Unsafe.As<byte, long>(ref at), Unsafe.BitCast<T, long>(value));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Exchange<T>(ref byte at, T value)
        where T : unmanaged => Unsafe.SizeOf<T>() == 4
            ? Unsafe.BitCast<int, T>(Interlocked.Exchange(ref Unsafe.As<byte, int>(ref at), Unsafe.BitCast<T, int>(value)))
            : Unsafe.BitCast<long, T>(Interlocked.Exchange(ref Unsafe.As<byte, long>(ref at), Unsafe.BitCast<T, long>(value)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T CompareExchange<T>(ref byte at, T value, T comparand)
        where T : unmanaged => Unsafe.SizeOf<T>() == 4
            ? Unsafe.BitCast<int, T>(Interlocked.CompareExchange(ref Unsafe.As<byte, int>(ref at), Unsafe.BitCast<T, int>(value), Unsafe.BitCast<T, int>(comparand)))
            : Unsafe.BitCast<long, T>(Interlocked.CompareExchange(ref Unsafe.As<byte, long>(ref at), Unsafe.BitCast<T, long>(value), Unsafe.BitCast<T, long>(comparand)));

    /// <summary>Adds <paramref name="delta"/> to an integer stored in the host's byte order; returns the new value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Add<T>(ref byte at, T delta)
        where T : unmanaged => Unsafe.SizeOf<T>() == 4
            ? Unsafe.BitCast<int, T>(Interlocked.Add(ref Unsafe.As<byte, int>(ref at), Unsafe.BitCast<T, int>(delta)))
            : Unsafe.BitCast<long, T>(Interlocked.Add(ref Unsafe.As<byte, long>(ref at), Unsafe.BitCast<T, long>(delta)));

    /// <summary>
    /// Adds <paramref name="delta"/> (wrapping on overflow) to an integer stored in the other byte order; returns the new
    /// value in the host's order. No interlocked add works on swapped bytes: add to the swapped value in a compare-exchange loop.
    /// </summary>
    public static T AddSwapped<T>(ref byte at, T delta)
        where T : unmanaged, IBinaryInteger<T>
    {
        T seen = VolatileRead<T>(ref at);
        while (true)
        {
            T next = SwappedBytes.Reverse(unchecked(SwappedBytes.Reverse(seen) + delta));
            T found = CompareExchange(ref at, next, seen);
            if (found == seen)
            {
                return SwappedBytes.Reverse(next);
            }

            seen = found;
        }
    }
}
