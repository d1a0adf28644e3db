using System;
using System.Globalization;

namespace MappedStructs;

/// <summary>
/// Where a variable-length field's value (<see cref="TextAttribute"/>, <see cref="BlobAttribute"/>,
/// <see cref="VarArrayAttribute"/>) lies in its table's heap: the record holds it as one 64-bit word in the layout's byte
/// order, the low <see cref="LengthBits"/> bits the value's byte length and the high 36 bits its heap offset in
/// <see cref="OffsetUnit"/>-byte units. One word, so that a reader sees a whole reference or none: never the offset of one
/// value with the length of another. All zero is the empty value, which takes no heap bytes.
/// </summary>
/// <param name="Bits">The stored word, as the host reads it after the layout's byte-order conversion.</param>
public readonly record struct HeapReference(ulong Bits)
{
    /// <summary>The bits of the word that hold the byte length.</summary>
    public const int LengthBits = 28;

    /// <summary>The largest value a reference can describe, in bytes (256 MiB - 1).</summary>
    public const int MaxLength = (1 << LengthBits) - 1;

    /// <summary>Values start at multiples of this in the heap, so that arrays of 8-byte scalars are aligned there.</summary>
    public const int OffsetUnit = 8;

    /// <summary>The largest heap offset a reference can describe, in bytes (512 GiB - 8).</summary>
    public const long MaxOffset = (long)((ulong.MaxValue >> LengthBits) * OffsetUnit);

    /// <summary>The value's byte offset from the start of the heap's data.</summary>
    public long Offset => (long)(Bits >> LengthBits) * OffsetUnit;

    /// <summary>The value's length in bytes (for a <see cref="VarArrayAttribute"/> field, its element count times the element size).</summary>
    public int Length => (int)(Bits & MaxLength);

    /// <summary>Whether the value is empty: it takes no heap bytes.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>
    /// The byte just past the value (<see cref="Offset"/> + <see cref="Length"/>): a reference is valid when this is at most the
    /// heap's published length, one compare that cannot overflow since both parts are bounded.
    /// </summary>
    public long End => Offset + Length;

    /// <summary>The reference to <paramref name="length"/> bytes at <paramref name="offset"/>; throws when it cannot be encoded.</summary>
    /// <param name="offset">A multiple of <see cref="OffsetUnit"/> from 0 to <see cref="MaxOffset"/>.</param>
    /// <param name="length">From 0 to <see cref="MaxLength"/>.</param>
    public static HeapReference Create(long offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, MaxOffset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);
        if (offset % OffsetUnit != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"A heap offset is a multiple of {OffsetUnit}.");
        }

        return new HeapReference(((ulong)(offset / OffsetUnit) << LengthBits) | (uint)length);
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsEmpty && Bits == 0 ? "empty" : string.Create(CultureInfo.InvariantCulture, $"heap[{Offset}, {Length} bytes]");
}
