using System;

namespace MappedStructs;

/// <summary>
/// Stores a <see cref="uint"/> field (or each element of a <c>uint[]</c> with <see cref="FixedArrayAttribute"/>) in three
/// bytes, in the layout's byte order, as TLS handshake and MPEG lengths are: 3 bytes, alignment 1. Reads zero-extend; a
/// write above 16,777,215 throws <see cref="ArgumentOutOfRangeException"/> instead of dropping the high bits.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class UInt24Attribute : Attribute
{
}
