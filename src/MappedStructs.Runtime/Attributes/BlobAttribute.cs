using System;

namespace MappedStructs;

/// <summary>
/// Stores a <c>byte[]</c> or <see cref="ReadOnlyMemory{T}"/> of <see cref="byte"/> property as bytes of any length in the
/// table's heap; the record holds an 8-byte reference to them (see docs/layouts.md, "Variable-length fields").
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class BlobAttribute : Attribute
{
}
