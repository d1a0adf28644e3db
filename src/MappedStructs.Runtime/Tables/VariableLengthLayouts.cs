using System.Linq;

namespace MappedStructs;

/// <summary>
/// Whether a layout has variable-length fields (<see cref="TextAttribute"/>, <see cref="BlobAttribute"/>,
/// <see cref="VarArrayAttribute"/>), whose values live in a heap beside a table's records (docs/tables.md, "Variable-length fields").
/// </summary>
internal static class VariableLengthLayouts
{
    /// <summary>Whether <paramref name="layout"/> has a variable-length field: a table of it keeps a heap file.</summary>
    public static bool Has(LayoutInfo layout) => layout.Fields.Any(IsVariableLength);

    /// <summary>Whether <paramref name="field"/> keeps its value in the heap.</summary>
    public static bool IsVariableLength(LayoutField field) => field.Kind is FieldKind.Text or FieldKind.Blob or FieldKind.VarArray;
}

/// <summary>
/// Whether the records of <typeparamref name="T"/> carry their table's heap, as a JIT constant: a table's record paths
/// branch on it, so that for a layout without variable-length fields the branch and the heap load compile away and the
/// loops are the code they always were.
/// </summary>
/// <typeparam name="T">The layout.</typeparam>
internal static class HeapLayout<T> where T : struct, IMappedLayout<T>
{
    /// <summary>Whether <typeparamref name="T"/> has variable-length fields.</summary>
    public static readonly bool HasVariableLengthFields = VariableLengthLayouts.Has(T.Layout);
}
