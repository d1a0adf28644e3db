using System;
using System.Linq;

namespace MappedStructs;

/// <summary>
/// Whether a table can hold records of a layout with variable-length fields (<see cref="TextAttribute"/>,
/// <see cref="BlobAttribute"/>, <see cref="VarArrayAttribute"/>). Their values belong in a heap beside the records, which
/// tables do not write yet (docs/tables.md, "Variable-length fields"); refusing the layout when the table is made or opened
/// keeps a record from ever holding a reference to heap bytes no file has.
/// </summary>
internal static class VariableLengthLayouts
{
    /// <summary>Throws <see cref="NotSupportedException"/> naming the fields when <paramref name="layout"/> has variable-length ones.</summary>
    public static void RefuseInTables(LayoutInfo layout)
    {
        string[] fields = layout.Fields.Where(IsVariableLength).Select(field => field.Name).ToArray();
        if (fields.Length > 0)
        {
            throw new NotSupportedException(
                $"{layout.Name} has variable-length fields ({string.Join(", ", fields)}), whose values live in a heap beside the records; " +
                "this version of MappedStructs does not write table heaps yet (docs/tables.md, \"Variable-length fields\"), so a table of this layout cannot be made or opened. " +
                "Store the values in fixed-size fields ([Utf8(n)], [FixedArray(n)]) meanwhile.");
        }
    }

    private static bool IsVariableLength(LayoutField field) => field.Kind is FieldKind.Text or FieldKind.Blob or FieldKind.VarArray;
}
