using System;

namespace MappedStructs;

/// <summary>Stores an array property inline as exactly <see cref="Length"/> elements (scalars or nested layouts).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class FixedArrayAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="length">The number of elements.</param>
    public FixedArrayAttribute(int length) => Length = length;

    /// <summary>The number of elements.</summary>
    public int Length { get; }
}
