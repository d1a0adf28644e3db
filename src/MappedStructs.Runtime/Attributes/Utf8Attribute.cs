using System;

namespace MappedStructs;

/// <summary>
/// Stores a <see cref="string"/> property as a fixed-size, NUL-padded UTF-8 field of <see cref="ByteLength"/> bytes.
/// The generated setter throws when the encoded text does not fit; it never truncates.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class Utf8Attribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="byteLength">The field's size in bytes.</param>
    public Utf8Attribute(int byteLength) => ByteLength = byteLength;

    /// <summary>The field's size in bytes.</summary>
    public int ByteLength { get; }
}
