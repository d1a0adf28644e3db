using System;
using System.Collections.Generic;
using System.Linq;
using MappedStructs.Layout;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// Turns a declaration into the entry the files would record for it, and an entry into the field table
/// <see cref="LayoutCompatibility"/> compares: a shipped entry and the current declaration go through the same
/// conversion, so they differ only where the bytes or the versions do.
/// </summary>
internal static class LayoutRecordTables
{
    /// <summary>The entry of <paramref name="layout"/>'s current version (a layout valid for generation: every field placed).</summary>
    public static LayoutRecord FromDeclaration(ResolvedLayout layout)
    {
        IEnumerable<LayoutRecordField> fields = layout.Fields
            .OrderBy(field => field.Offset)
            .ThenBy(field => field.Index)
            .Select(field => new LayoutRecordField(field.Offset, field.Size, field.Kind.ToString(), field.CatalogueName, field.Name, field.Spec.Since, field.Spec.Deprecated, field.Spec.Default?.Shown));
        return new LayoutRecord(layout.Spec.DottedName, layout.Spec.Version, layout.Size, layout.Spec.Endian.ToString(), fields.ToEquatableArray());
    }

    /// <summary>The former names of <paramref name="layout"/>'s fields, by field name.</summary>
    public static IReadOnlyDictionary<string, EquatableArray<string>> FormerNames(ResolvedLayout layout)
        => layout.Fields.ToDictionary(field => field.Name, field => field.Spec.FormerNames, StringComparer.Ordinal);

    /// <summary>
    /// The field table of <paramref name="record"/>, with <paramref name="formerNames"/> giving each field's former names
    /// (a declaration's; a shipped entry has none to give).
    /// </summary>
    public static LayoutFieldTable ToTable(LayoutRecord record, IReadOnlyDictionary<string, EquatableArray<string>>? formerNames = null)
    {
        IEnumerable<LayoutFieldRow> rows = record.Fields.Select(field => new LayoutFieldRow(
            field.Name,
            formerNames is not null && formerNames.TryGetValue(field.Name, out EquatableArray<string> former) ? former : EquatableArray<string>.Empty,
            field.Offset,
            field.Size,
            field.Kind + " " + field.Type,
            HasByteOrder(field) ? record.Endian : string.Empty,
            field.Since,
            field.Deprecated));
        return new LayoutFieldTable(record.Version, record.Size, rows.ToEquatableArray());
    }

    // Byte order decides a field's bytes when it stores multi-byte numbers: text and single bytes read the same either
    // way, and a nested layout's fields are compared through the nested layout's own entry.
    private static bool HasByteOrder(LayoutRecordField field) => field.Kind switch
    {
        "Scalar" or "Atomic" or "Bits" => field.Size > 1,

        // A variable-length field's record bytes are its reference, a 64-bit word in the layout's byte order.
        "Text" or "Blob" or "VarArray" => true,
        "FixedArray" => ElementSize(field.Type) > 1,
        _ => false,
    };

    private static int ElementSize(string arrayType)
    {
        int open = arrayType.LastIndexOf('[');
        string element = open > 0 ? arrayType.Substring(0, open) : arrayType;
        foreach (ScalarInfo info in TypeCatalogue.All.Concat(TypeCatalogue.AttributeSelected))
        {
            if (info.CatalogueName == element)
            {
                return info.Size;
            }
        }

        return 0;
    }
}
