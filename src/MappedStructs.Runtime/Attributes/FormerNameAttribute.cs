using System;

namespace MappedStructs;

/// <summary>
/// A name the field had in an earlier version of its layout. A field renamed in code but unchanged in its bytes (offset,
/// size, type, byte order) keeps opening table files written under the old name, and keeps passing the shipped-layouts
/// check, when it lists the old name here. One attribute per former name.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class FormerNameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The field's former name.</param>
    public FormerNameAttribute(string name) => Name = name;

    /// <summary>The field's former name.</summary>
    public string Name { get; }
}
