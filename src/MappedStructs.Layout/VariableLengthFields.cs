namespace MappedStructs.Layout;

/// <summary>
/// What the engine knows about variable-length fields: the size of the reference a record holds for one, and which
/// resolved kinds are variable-length.
/// </summary>
internal static class VariableLengthFields
{
    /// <summary>
    /// The bytes of a heap reference in the record: one 64-bit word in the layout's byte order (low 28 bits the byte
    /// length, high 36 bits the heap offset in 8-byte units), so that a reference is read and replaced with one aligned
    /// 8-byte access and a reader can never see the offset of one value with the length of another.
    /// </summary>
    public const int ReferenceSize = 8;

    /// <summary>The natural alignment of a reference: its size, so that its load and store are single accesses.</summary>
    public const int ReferenceAlignment = 8;

    /// <summary>The catalogue name of a <c>[Text]</c> field.</summary>
    public const string TextName = "text";

    /// <summary>The catalogue name of a <c>[Blob]</c> field.</summary>
    public const string BlobName = "blob";

    /// <summary>The catalogue name of a <c>[VarArray]</c> field of <paramref name="element"/> (<c>int32[]</c>).</summary>
    public static string VarArrayName(ScalarInfo element) => element.CatalogueName + "[]";

    /// <summary>Whether <paramref name="kind"/> stores its value in the heap.</summary>
    public static bool IsVariableLength(ResolvedFieldKind kind) =>
        kind is ResolvedFieldKind.Text or ResolvedFieldKind.Blob or ResolvedFieldKind.VarArray;
}
