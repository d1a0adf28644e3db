using System;

namespace MappedStructs;

/// <summary>
/// Stores an array property of a catalogue scalar (<c>int[]</c>, <c>long[]</c>, <c>double[]</c>, an enum array...) as
/// elements of any count in the table's heap, in the layout's byte order; the record holds an 8-byte reference to them
/// (see docs/layouts.md, "Variable-length fields").
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class VarArrayAttribute : Attribute
{
}
