namespace MappedStructs.Layout;

/// <summary>What <c>[Field(Since = s, Deprecated = d, Default = c)]</c> says about a field's versions.</summary>
/// <param name="Since">The version that added the field.</param>
/// <param name="Deprecated">The version that deprecated it, or 0.</param>
/// <param name="Default">The declared default, or null for the type's default.</param>
internal readonly record struct FieldVersioning(int Since, int Deprecated, FieldDefault? Default)
{
    /// <summary>A field of version 1, in use, read as the type's default where absent.</summary>
    public static FieldVersioning InUse => new(1, 0, null);
}
