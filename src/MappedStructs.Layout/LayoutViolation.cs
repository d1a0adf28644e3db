namespace MappedStructs.Layout;

/// <summary>
/// One problem with a layout declaration, with the numbers a diagnostic message needs. Fields not relevant to the
/// <see cref="Kind"/> keep their defaults (-1 for indexes, 0 for numbers, empty for text); each kind's documentation says which are set.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="FieldIndex">The field's index in <see cref="LayoutSpec.Fields"/> (declaration order), or -1 for the type itself.</param>
/// <param name="FieldName">The field's (or member's) name, or empty.</param>
/// <param name="Offset">An offset (the field's, or a gap's start).</param>
/// <param name="Size">A size (the field's, a gap's, or the declared size).</param>
/// <param name="Alignment">An alignment (the field's or the layout's).</param>
/// <param name="OtherFieldIndex">For overlaps, the other field's index; otherwise -1.</param>
/// <param name="OtherFieldName">For overlaps, the other field's name; otherwise empty.</param>
/// <param name="ComputedSize">The size the engine computed or the declared size a field runs past, where relevant.</param>
/// <param name="Detail">Kind-specific text (a type name, a cycle, a generated member name).</param>
/// <param name="Count">For a fixed array too large to hold, its length; otherwise 0.</param>
/// <param name="Extent">For a layout too large to hold, the bytes it would need (past <c>int</c>); otherwise 0.</param>
/// <param name="EmittedName">For a generated-name collision, the name the generated member is emitted as; otherwise empty.</param>
internal sealed record LayoutViolation(
    ViolationKind Kind,
    int FieldIndex = -1,
    string FieldName = "",
    int Offset = 0,
    int Size = 0,
    int Alignment = 0,
    int OtherFieldIndex = -1,
    string OtherFieldName = "",
    int ComputedSize = 0,
    string Detail = "",
    int Count = 0,
    long Extent = 0,
    string EmittedName = "")
{
    /// <summary>The kind's default severity.</summary>
    public ViolationSeverity Severity => Kind.Severity();
}
