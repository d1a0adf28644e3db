using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// Writes <c>MappedLayouts.*.txt</c> files in the one form <see cref="LayoutRecordParser"/> reads: the header, then the
/// entries sorted by layout name and version, each followed by a blank line. A sorted, canonical file keeps the diffs of
/// a review and the merges of two branches to the entries that changed.
/// </summary>
internal static class LayoutRecordWriter
{
    /// <summary>The text of a file holding <paramref name="records"/>.</summary>
    public static string Write(IEnumerable<LayoutRecord> records)
    {
        var text = new StringBuilder();
        text.Append(LayoutRecordFiles.Header).Append('\n');
        foreach (LayoutRecord record in records.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Version))
        {
            text.Append('\n');
            Append(text, record);
        }

        return text.ToString();
    }

    /// <summary><paramref name="records"/> with <paramref name="record"/> in place of any entry of the same layout and version.</summary>
    public static IReadOnlyList<LayoutRecord> With(IEnumerable<LayoutRecord> records, LayoutRecord record)
        => Without(records, record.Name, record.Version).Concat([record]).ToList();

    /// <summary><paramref name="records"/> without the entry of version <paramref name="version"/> of <paramref name="name"/>.</summary>
    public static IReadOnlyList<LayoutRecord> Without(IEnumerable<LayoutRecord> records, string name, int version)
        => records.Where(r => r.Name != name || r.Version != version).ToList();

    /// <summary>One entry's lines: the <c>layout</c> line, then one line per field in the table header's columns.</summary>
    public static void Append(StringBuilder text, LayoutRecord record)
    {
        text.Append(FormattableString.Invariant($"{LayoutRecordFiles.LayoutKeyword} {record.Name} version={record.Version} size={record.Size} endian={record.Endian}\n"));
        foreach (LayoutRecordField field in record.Fields)
        {
            text.Append(FormattableString.Invariant($"  {field.Offset,5} {field.Size,5} {field.Kind,-10} {field.Type,-14} {field.Name} since={field.Since} deprecated={field.Deprecated}"));

            // Last on the line and read to its end: a string constant may hold spaces.
            if (field.Default is not null)
            {
                text.Append(' ').Append(LayoutRecordFiles.DefaultPrefix).Append(field.Default);
            }

            text.Append('\n');
        }
    }
}
