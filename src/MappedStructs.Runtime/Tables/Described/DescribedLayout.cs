using System.Collections.Generic;

namespace MappedStructs;

/// <summary>A layout parsed from a table's header: its description, a reader per field, and each field's index by name.</summary>
/// <param name="Info">The layout as <see cref="LayoutInfo"/>, its fields in the text's order.</param>
/// <param name="Fields">The reader of each field, at the field's index.</param>
/// <param name="IndexByName">Each field's index, by its name (ordinal).</param>
internal sealed record DescribedLayout(LayoutInfo Info, DescribedField[] Fields, Dictionary<string, int> IndexByName)
{
    /// <summary>Each field's parsed type, at the field's index.</summary>
    public DescribedFieldType[] FieldTypes()
    {
        var types = new DescribedFieldType[Fields.Length];
        for (int i = 0; i < types.Length; i++)
        {
            types[i] = Fields[i].Type;
        }

        return types;
    }
}
