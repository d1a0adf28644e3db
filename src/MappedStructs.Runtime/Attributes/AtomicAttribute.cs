using System;

namespace MappedStructs;

/// <summary>
/// Marks a 4- or 8-byte integer field for interlocked access across threads and processes. The generated view
/// offers a volatile read and <c>Exchange</c>, <c>CompareExchange</c> and <c>Add</c>; the field must be naturally aligned.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class AtomicAttribute : Attribute
{
}
