using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// The three bytes of a 24-bit integer, in either byte order: what <see cref="LittleEndianBytes"/> and
/// <see cref="BigEndianBytes"/> share for <see cref="Int24Attribute"/> and <see cref="UInt24Attribute"/> fields. Byte by
/// byte, so the host's byte order never matters and no access reaches a fourth byte that may belong to the next field or
/// lie past the mapping. <c>bigEndian</c> is a constant at every call, so each call inlines to its one order.
/// </summary>
internal static class Int24Bytes
{
    /// <summary>The 24-bit value at <paramref name="at"/>, zero-extended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Read(ref byte at, bool bigEndian)
    {
        uint first = at;
        uint middle = Unsafe.Add(ref at, 1);
        uint last = Unsafe.Add(ref at, 2);
        return bigEndian ? (first << 16) | (middle << 8) | last : first | (middle << 8) | (last << 16);
    }

    /// <summary>The 24-bit value at <paramref name="at"/>, sign-extended from its bit 23.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadSigned(ref byte at, bool bigEndian) => (int)(Read(ref at, bigEndian) << 8) >> 8;

    /// <summary>Writes the low 24 bits of <paramref name="value"/>; the caller has checked that nothing else is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(ref byte at, uint value, bool bigEndian)
    {
        byte low = (byte)value;
        byte high = (byte)(value >> 16);
        at = bigEndian ? high : low;
        Unsafe.Add(ref at, 1) = (byte)(value >> 8);
        Unsafe.Add(ref at, 2) = bigEndian ? low : high;
    }
}
