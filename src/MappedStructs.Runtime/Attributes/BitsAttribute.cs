using System;

namespace MappedStructs;

/// <summary>
/// Stores an integer, <see cref="bool"/> or enum property in <see cref="Width"/> bits of an integer container, starting
/// <see cref="Shift"/> bits above the container's least significant bit (as C's <c>(container &gt;&gt; shift) &amp; mask</c>).
/// Several bit fields with the same <c>[Field(offset)]</c> share one container; the container's width is
/// <see cref="Container"/>'s, or the property type's when it is not given (a <see cref="bool"/>'s is one byte). The getter
/// makes one load in the layout's byte order; the setter rewrites only its bits and throws
/// <see cref="ArgumentOutOfRangeException"/> for a value that does not fit (it never truncates). Signed values are
/// stored in two's complement and sign-extended when read.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class BitsAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="shift">The position of the field's lowest bit in the container (0 is the least significant bit).</param>
    /// <param name="width">The number of bits (at least 1; exactly 1 for a <see cref="bool"/>).</param>
    public BitsAttribute(int shift, int width)
    {
        Shift = shift;
        Width = width;
    }

    /// <summary>The position of the field's lowest bit in the container.</summary>
    public int Shift { get; }

    /// <summary>The number of bits.</summary>
    public int Width { get; }

    /// <summary>
    /// The container's integer type (<c>typeof(byte)</c>, <c>typeof(ushort)</c>, <c>typeof(uint)</c> or
    /// <c>typeof(ulong)</c>; a signed type means the unsigned one of its width), or null for the property type's width.
    /// </summary>
    public Type? Container { get; set; }
}
