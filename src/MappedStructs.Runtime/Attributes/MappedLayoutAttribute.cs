using System;

namespace MappedStructs;

/// <summary>
/// Declares a <c>partial record struct</c> as a binary record layout. The MappedStructs source generator
/// emits zero-copy accessors (<c>Ref</c>, <c>ReadOnlyRef</c>) and layout metadata into the same type.
/// </summary>
/// <remarks>
/// When any property carries <see cref="FieldAttribute"/>, every field must, and offsets are explicit.
/// Otherwise the layout is sequential in declaration order with C alignment rules, or packed to <see cref="Pack"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class MappedLayoutAttribute : Attribute
{
    /// <summary>The record's size in bytes; 0 (the default) computes it from the fields, rounded up to the layout's alignment.</summary>
    public int Size { get; set; }

    /// <summary>The byte order of every multi-byte field. Little-endian by default; <see cref="Endianness.PerView"/> lets each view choose it when it is made.</summary>
    public Endianness Endian { get; set; } = Endianness.Little;

    /// <summary>For sequential layouts: the largest alignment any field gets (1, 2, 4, 8, 16, 32, 64 or 128); 0 means natural alignment.</summary>
    public int Pack { get; set; }

    /// <summary>
    /// The layout's version, 1 by default. Raise it when fields are added (at the end, with <see cref="FieldAttribute.Since"/>)
    /// or deprecated (<see cref="FieldAttribute.Deprecated"/>); table files record it, and code of another version opens
    /// them by the rules in <c>docs/versioning.md</c>. Must be at least 1.
    /// </summary>
    public int Version { get; set; } = 1;
}
