using System;

namespace MappedStructs;

/// <summary>
/// Stores a <see cref="string"/> property as UTF-8 text of any length in the table's heap; the record holds an 8-byte
/// reference to it (see docs/layouts.md, "Variable-length fields"). Unlike <see cref="Utf8Attribute"/>, the text is never
/// padded or truncated; its bytes are validated as UTF-8 when decoded.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class TextAttribute : Attribute
{
}
