using System;

namespace MappedStructs;

/// <summary>
/// Stores an <see cref="int"/> field (or each element of an <c>int[]</c> with <see cref="FixedArrayAttribute"/>) in three
/// bytes, in the layout's byte order, as 24-bit PCM samples and many wire formats do: 3 bytes, alignment 1. Reads
/// sign-extend; a write outside -8,388,608 to 8,388,607 throws <see cref="ArgumentOutOfRangeException"/> instead of
/// dropping the high bits.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class Int24Attribute : Attribute
{
}
