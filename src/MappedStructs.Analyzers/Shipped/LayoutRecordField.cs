namespace MappedStructs.Analyzers.Shipped;

/// <summary>One field line of a <see cref="LayoutRecord"/>: the field-line grammar of a table header's layout text, plus its versions.</summary>
/// <param name="Offset">The byte offset in the record.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Kind">How the field is stored, as the runtime's <c>FieldKind</c> names it (<c>Scalar</c>, <c>Utf8</c>...).</param>
/// <param name="Type">The catalogue type name (<c>int64</c>, <c>utf8[16]</c>, <c>bits[0:4] of uint8</c>, <c>Inner</c>).</param>
/// <param name="Name">The field's name in that version.</param>
/// <param name="Since">The layout version that added the field.</param>
/// <param name="Deprecated">The layout version that deprecated the field, or 0 while it is in use.</param>
/// <param name="Default">
/// The declared <c>Default</c> as C# spells the constant (<c>5</c>, <c>1.5</c>, <c>"n/a"</c>), or null where none is
/// declared (or the entry was recorded before files carried defaults).
/// </param>
internal sealed record LayoutRecordField(int Offset, int Size, string Kind, string Type, string Name, int Since, int Deprecated, string? Default = null)
{
    /// <summary>Whether the bytes agree: offset, size, kind and type (names and versions aside).</summary>
    public bool SameBytes(LayoutRecordField other)
        => Offset == other.Offset && Size == other.Size && Kind == other.Kind && Type == other.Type;
}
