using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// Extracts and inserts a bit field of a container already read in the layout's byte order (widened to
/// <see cref="ulong"/>): what code generated for <c>[Bits(shift, width)]</c> calls, so that each accessor is one line.
/// Shifts and widths are constants in the generated code, so each call inlines to a shift and a mask. Not intended for
/// direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BitFields
{
    /// <summary>The <paramref name="width"/> bits of <paramref name="container"/> from bit <paramref name="shift"/>, zero-extended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Get(ulong container, int shift, int width) => (container >> shift) & Mask(width);

    /// <summary>The <paramref name="width"/> bits of <paramref name="container"/> from bit <paramref name="shift"/>, sign-extended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long GetSigned(ulong container, int shift, int width) => (long)(container << (64 - shift - width)) >> (64 - width);

    /// <summary><paramref name="container"/> with its <paramref name="width"/> bits from <paramref name="shift"/> replaced by <paramref name="bits"/> (already checked to fit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Set(ulong container, int shift, int width, ulong bits) => (container & ~(Mask(width) << shift)) | ((bits & Mask(width)) << shift);

    /// <summary>
    /// <paramref name="value"/>, when it fits in <paramref name="width"/> unsigned bits; otherwise throws
    /// <see cref="ArgumentOutOfRangeException"/> naming <paramref name="fieldName"/> and the width.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Check(ulong value, int width, string fieldName)
    {
        if (value > Mask(width))
        {
            ThrowDoesNotFit(nameof(value), value.ToString(System.Globalization.CultureInfo.InvariantCulture), width, fieldName, "0", Mask(width).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return value;
    }

    /// <summary>
    /// <paramref name="value"/>'s low <paramref name="width"/> bits, when it fits in <paramref name="width"/> two's-complement
    /// bits; otherwise throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="fieldName"/> and the width.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong CheckSigned(long value, int width, string fieldName)
    {
        long min = width == 64 ? long.MinValue : -(1L << (width - 1));
        long max = width == 64 ? long.MaxValue : (1L << (width - 1)) - 1;
        if (value < min || value > max)
        {
            ThrowDoesNotFit(
                nameof(value),
                value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                width,
                fieldName,
                min.ToString(System.Globalization.CultureInfo.InvariantCulture),
                max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return (ulong)value & Mask(width);
    }

    private static ulong Mask(int width) => width >= 64 ? ulong.MaxValue : (1UL << width) - 1;

    // Out of line, so that the check inlines to one compare.
    private static void ThrowDoesNotFit(string paramName, string valueText, int width, string fieldName, string min, string max) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            $"{valueText} does not fit in {fieldName}, a {width}-bit field ({min} to {max}); bit fields never truncate.");
}
