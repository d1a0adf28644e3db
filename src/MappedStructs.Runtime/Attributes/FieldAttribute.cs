using System;

namespace MappedStructs;

/// <summary>Places a property of a <see cref="MappedLayoutAttribute"/> layout at an explicit byte offset.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class FieldAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="offset">The field's byte offset from the start of the record.</param>
    public FieldAttribute(int offset) => Offset = offset;

    /// <summary>The field's byte offset from the start of the record.</summary>
    public int Offset { get; }
}
