using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// The range checks of <see cref="Int24Attribute"/> and <see cref="UInt24Attribute"/> fields: what their generated setters
/// and <c>Store</c> call so that a value that does not fit in 24 bits throws instead of losing its high bits. The throws
/// are out of line, so a check inlines to one compare. Not intended for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Int24Range
{
    /// <summary>The smallest value an <see cref="Int24Attribute"/> field holds, -2^23.</summary>
    public const int MinInt24 = -0x80_0000;

    /// <summary>The largest value an <see cref="Int24Attribute"/> field holds, 2^23 - 1.</summary>
    public const int MaxInt24 = 0x7F_FFFF;

    /// <summary>The largest value a <see cref="UInt24Attribute"/> field holds, 2^24 - 1.</summary>
    public const uint MaxUInt24 = 0xFF_FFFF;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="fieldName"/> unless <paramref name="value"/> fits in a signed 24-bit field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckInt24(int value, string fieldName)
    {
        if (!FitsInt24(value))
        {
            ThrowInt24(value, fieldName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="fieldName"/> unless <paramref name="value"/> fits in an unsigned 24-bit field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckUInt24(uint value, string fieldName)
    {
        if (value > MaxUInt24)
        {
            ThrowUInt24(value, fieldName);
        }
    }

    /// <summary>
    /// Throws unless <paramref name="values"/> is null or has exactly <paramref name="expected"/> elements, each of which fits
    /// in a signed 24-bit element (the exception names the first that does not); writes nothing. <c>Store</c> calls it
    /// before its first write.
    /// </summary>
    public static void CheckInt24Array(int[]? values, int expected, string fieldName)
    {
        GeneratedLayoutSupport.CheckArray(values, expected, fieldName);
        for (int i = 0; values is not null && i < values.Length; i++)
        {
            if (!FitsInt24(values[i]))
            {
                ThrowInt24(values[i], ElementName(fieldName, i));
            }
        }
    }

    /// <summary><see cref="CheckInt24Array"/> for the elements of an unsigned 24-bit fixed array.</summary>
    public static void CheckUInt24Array(uint[]? values, int expected, string fieldName)
    {
        GeneratedLayoutSupport.CheckArray(values, expected, fieldName);
        for (int i = 0; values is not null && i < values.Length; i++)
        {
            if (values[i] > MaxUInt24)
            {
                ThrowUInt24(values[i], ElementName(fieldName, i));
            }
        }
    }

    // One unsigned compare: the shift maps MinInt24..MaxInt24 onto 0..MaxUInt24.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FitsInt24(int value) => (uint)(value - MinInt24) <= MaxUInt24;

    private static string ElementName(string fieldName, int index) => fieldName + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    [DoesNotReturn]
    private static void ThrowInt24(int value, string fieldName) =>
        throw new ArgumentOutOfRangeException(
            nameof(value), value, $"{fieldName} is a 24-bit signed integer: it holds {MinInt24} to {MaxInt24}.");

    [DoesNotReturn]
    private static void ThrowUInt24(uint value, string fieldName) =>
        throw new ArgumentOutOfRangeException(
            nameof(value), value, $"{fieldName} is a 24-bit unsigned integer: it holds 0 to {MaxUInt24}.");
}
