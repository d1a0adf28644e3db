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

    /// <summary>
    /// The layout version that added the field, 1 by default; at most <see cref="MappedLayoutAttribute.Version"/>. A field
    /// added after version 1 lies after the end of every older field, so a record of an older version is a prefix of a
    /// newer one; reading it from an older file's record gives <see cref="Default"/>.
    /// </summary>
    public int Since { get; set; } = 1;

    /// <summary>
    /// The layout version that stopped using the field, or 0 (the default) while it is in use. A deprecated field keeps
    /// its bytes (no later field may reuse them); reading it gives <see cref="Default"/>, and setting it through a view
    /// throws <see cref="System.NotSupportedException"/>, so no write is silently lost. When set, it lies after
    /// <see cref="Since"/> and at most at <see cref="MappedLayoutAttribute.Version"/>.
    /// </summary>
    public int Deprecated { get; set; }

    /// <summary>
    /// The value read where the field has no bytes in a record (a file of a version older than <see cref="Since"/>) or
    /// where it is deprecated: a constant of the field's type (an integer constant that fits the field's integer type
    /// is accepted too). Null (the default) means the type's default value.
    /// </summary>
    public object? Default { get; set; }
}
