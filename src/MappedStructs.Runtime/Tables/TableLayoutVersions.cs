using System;
using System.Collections.Generic;
using MappedStructs.Layout;

namespace MappedStructs;

/// <summary>
/// How a table file's layout relates to the layout it is opened with, decided once at open from the file's stored field
/// table by the layout engine's <see cref="LayoutCompatibility"/> rules (the ones the shipped-layouts analyzer applies),
/// not by fingerprint equality; see <c>docs/versioning.md</c>.
/// </summary>
/// <param name="FileVersion">The layout version the file was written with.</param>
/// <param name="CodeVersion">The version of the layout it is opened with.</param>
/// <param name="FileLayout">
/// The file's own layout, parsed from its header, when it is not the opening layout and its text reads back exactly; what a
/// rewrite that keeps the file's version (<c>TrimExcess</c>) writes into the new header. Null for a file of the opening layout.
/// </param>
internal sealed record TableLayoutVersions(int FileVersion, int CodeVersion, LayoutInfo? FileLayout = null)
{
    /// <summary>Whether the file was written by a newer version: its records hold fields this code does not know, so it must not append.</summary>
    public bool FileIsNewer => FileVersion > CodeVersion;

    /// <summary>
    /// Decides whether records of <paramref name="header"/>'s file can be read through <paramref name="layout"/>; throws
    /// <see cref="LayoutMismatchException"/> naming every broken rule otherwise. The header's layout text is parsed strictly
    /// (a malformed one is <see cref="InvalidTableFileException"/>) only when the fingerprints differ.
    /// </summary>
    public static TableLayoutVersions Decide(TableHeader header, LayoutInfo layout, string path)
    {
        if (header.Fingerprint == layout.Fingerprint && header.RecordSize == layout.Size)
        {
            return new TableLayoutVersions(layout.Version, layout.Version);
        }

        LayoutInfo stored = LayoutTextParser.Parse(header, path).Info;
        LayoutFieldTable file = FieldTable(stored);
        LayoutFieldTable code = FieldTable(layout);
        IReadOnlyList<CompatibilityBreak> breaks = stored.Version <= layout.Version
            ? LayoutCompatibility.Compare(file, code, FileName(stored), CodeName(layout))
            : LayoutCompatibility.Compare(code, file, CodeName(layout), FileName(stored));
        if (breaks.Count > 0)
        {
            throw new LayoutMismatchException(path, header.LayoutText, layout.Describe(), breaks);
        }

        return new TableLayoutVersions(stored.Version, layout.Version, stored.Describe() == header.LayoutText ? stored : null);
    }

    /// <summary>The layout a copy of the file must be written with to stay what it is; throws when its text would not read back exactly.</summary>
    public LayoutInfo LayoutForCopy(LayoutInfo opening, string path, string operation) =>
        FileVersion == CodeVersion && FileLayout is null
            ? opening
            : FileLayout ?? throw new NotSupportedException(
                $"{operation} cannot rewrite '{path}': its header's layout text (layout version {FileVersion}) does not read back exactly, so a copy could not keep it; upgrade the file with MappedTable<T>.Upgrade first.");

    private static string FileName(LayoutInfo stored) => "the file's version " + stored.Version;

    private static string CodeName(LayoutInfo layout) => "this code's version " + layout.Version;

    /// <summary>The compatibility rules' view of a layout: each field's name, former names, place, kind and type, byte order and versions.</summary>
    public static LayoutFieldTable FieldTable(LayoutInfo layout)
    {
        var rows = new LayoutFieldRow[layout.Fields.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            LayoutField field = layout.Fields[i];
            rows[i] = new LayoutFieldRow(
                field.Name, new EquatableArray<string>([.. field.FormerNames]), field.Offset, field.Size,
                field.Kind + " " + field.TypeName, layout.Endian.ToString(), field.Since, field.Deprecated);
        }

        return new LayoutFieldTable(layout.Version, layout.Size, new EquatableArray<LayoutFieldRow>(rows));
    }
}
