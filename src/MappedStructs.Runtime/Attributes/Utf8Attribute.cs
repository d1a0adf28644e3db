using System;

namespace MappedStructs;

/// <summary>
/// Stores a <see cref="string"/> property as a fixed-size UTF-8 field of <see cref="ByteLength"/> bytes, padded with
/// <see cref="Padding"/> (NUL unless set). The generated setter throws when the encoded text does not fit; it never truncates.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class Utf8Attribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="byteLength">The field's size in bytes.</param>
    public Utf8Attribute(int byteLength) => ByteLength = byteLength;

    /// <summary>The field's size in bytes.</summary>
    public int ByteLength { get; }

    /// <summary>
    /// The ASCII character (U+0000 to U+007F) that fills the bytes after the text, as its one byte. With <c>'\0'</c> (the
    /// default) the text ends at the first NUL and cannot hold one; with any other character (<c>' '</c> for tar, FITS,
    /// ISO 9660 and mainframe records) the text is the field without its trailing padding bytes, so it may hold NUL but
    /// cannot end with the padding character, which the setter refuses.
    /// </summary>
    public char Padding { get; set; }
}
