namespace MappedStructs.Layout;

/// <summary>
/// One declared field (an instance property of the layout), as plain data. Its position in <see cref="LayoutSpec.Fields"/>
/// is its declaration index, which is how violations point back at it.
/// </summary>
/// <param name="Name">The property name.</param>
/// <param name="Type">The declared type.</param>
/// <param name="ExplicitOffset">The <c>[Field(offset)]</c> argument, or null without the attribute (or when <paramref name="Unbound"/> is set).</param>
/// <param name="Utf8Length">The <c>[Utf8(n)]</c> argument, or null without the attribute (or when <paramref name="Unbound"/> is set).</param>
/// <param name="FixedArrayLength">The <c>[FixedArray(n)]</c> argument, or null without the attribute (or when <paramref name="Unbound"/> is set).</param>
/// <param name="IsAtomic">Whether <c>[Atomic]</c> is present.</param>
/// <param name="IsSettable">Whether the property has a <c>set</c> or <c>init</c> accessor the generated <c>Load</c> can assign.</param>
/// <param name="Unbound">
/// What of the declaration does not bind, or null when all of it does: the mapping attribute (<c>Field</c>, <c>Utf8</c>,
/// <c>FixedArray</c>) whose argument has no readable constant value (being typed, not binding, or a generated constant),
/// or <see cref="UnboundType"/> when the property's type does not bind. The compiler reports either.
/// </param>
/// <param name="Utf8Padding">The <c>[Utf8(n, Padding = c)]</c> character that fills the field after the text; NUL by default.</param>
/// <param name="BitShift">The <c>[Bits(shift, width)]</c> shift, or null without the attribute.</param>
/// <param name="BitWidth">The <c>[Bits(shift, width)]</c> width, or null without the attribute.</param>
/// <param name="BitContainer">
/// The scalar of <c>[Bits(Container = typeof(T))]</c>, <see cref="ScalarType.None"/> when not given (the property type's
/// width is used), or <see cref="FieldSpec.InvalidBitContainer"/> when the type given is not in the catalogue.
/// </param>
/// <param name="Since">The <c>[Field(Since = n)]</c> version that added the field; 1 by default.</param>
/// <param name="Deprecated">The <c>[Field(Deprecated = n)]</c> version that stopped using the field; 0 while it is in use.</param>
/// <param name="Default">The <c>[Field(Default = c)]</c> constant, or null for the type's default.</param>
/// <param name="FormerNames">The <c>[FormerName("x")]</c> names, in declaration order.</param>
/// <param name="VariableLength">Which of <c>[Text]</c>, <c>[Blob]</c> and <c>[VarArray]</c> the field carries, if any.</param>
internal sealed record FieldSpec(
    string Name,
    FieldType Type,
    int? ExplicitOffset = null,
    int? Utf8Length = null,
    int? FixedArrayLength = null,
    bool IsAtomic = false,
    bool IsSettable = true,
    string? Unbound = null,
    char Utf8Padding = '\0',
    int? BitShift = null,
    int? BitWidth = null,
    ScalarType BitContainer = ScalarType.None,
    int Since = 1,
    int Deprecated = 0,
    FieldDefault? Default = null,
    EquatableArray<string> FormerNames = default,
    VariableLengthAttribute VariableLength = VariableLengthAttribute.None)
{
    /// <summary>Whether the field is deprecated: it keeps its bytes, reads give <see cref="Default"/>.</summary>
    public bool IsDeprecated => Deprecated != 0;

    /// <summary>The <see cref="BitContainer"/> of a <c>Container</c> type the catalogue does not know.</summary>
    public const ScalarType InvalidBitContainer = (ScalarType)(-1);

    /// <summary>The <see cref="Unbound"/> value of a field whose type does not bind (misspelt, or being typed).</summary>
    public const string UnboundType = "type";
}
