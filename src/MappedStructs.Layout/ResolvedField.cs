namespace MappedStructs.Layout;

/// <summary>A field placed by the <see cref="LayoutEngine"/>.</summary>
/// <param name="Index">The declaration index (into <see cref="LayoutSpec.Fields"/>).</param>
/// <param name="Spec">What was declared.</param>
/// <param name="Kind">How the field is stored.</param>
/// <param name="Offset">The byte offset in the record.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Alignment">The effective alignment (natural, capped by <c>Pack</c>; atomics are never capped).</param>
/// <param name="CatalogueName">The stable type name (<c>int64</c>, <c>utf8[16]</c>, <c>int32[8]</c>, <c>Inner</c>, <c>Inner[4]</c>; a nested layout named like a scalar is <c>@int64</c>, see <see cref="NestedLayoutNames"/>).</param>
/// <param name="ElementSize">For fixed arrays, one element's size; otherwise <see cref="Size"/>.</param>
/// <param name="ElementCount">For fixed arrays, the length; for Utf8, the byte length; otherwise 1.</param>
/// <param name="NestedFingerprint">For nested layouts (and arrays of them), the nested layout's fingerprint; otherwise 0.</param>
/// <param name="AtomicAlignment">
/// The largest alignment an <c>[Atomic]</c> field needs in this field: its own size for an atomic, the nested layout's
/// <see cref="ResolvedLayout.AtomicAlignment"/> for nested layouts and arrays of them, otherwise 0.
/// </param>
/// <param name="NestedNames">
/// For nested layouts and arrays of them, the nested layout's generated names (its view, <c>From</c>, <c>Size</c>,
/// <c>Load</c>, <c>Store</c>, which this layout's code calls); otherwise null.
/// </param>
/// <param name="NestedPerView">
/// For nested layouts and arrays of them, whether the nested layout is declared with <c>Endianness.PerView</c>, so that its
/// views are made with the byte order of the view they are reached through.
/// </param>
internal sealed record ResolvedField(
    int Index,
    FieldSpec Spec,
    ResolvedFieldKind Kind,
    int Offset,
    int Size,
    int Alignment,
    string CatalogueName,
    int ElementSize,
    int ElementCount,
    ulong NestedFingerprint,
    int AtomicAlignment = 0,
    GeneratedMemberNames? NestedNames = null,
    bool NestedPerView = false)
{
    public string Name => Spec.Name;

    /// <summary>The first byte after the field.</summary>
    public int End => Offset + Size;
}
