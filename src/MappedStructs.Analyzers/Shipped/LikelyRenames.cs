using System.Collections.Generic;
using System.Linq;
using MappedStructs.Layout;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// Finds the fields a declaration most likely renamed without saying so: a field of the older table that no newer field
/// answers to, and a newer field that answers to no older one, with the same bytes (offset, size, type and byte order).
/// <see cref="LayoutCompatibility"/> sees such a pair as a field removed plus one added over its bytes; reporting it as
/// one missing <c>[FormerName]</c> names the edit that fixes it.
/// </summary>
internal static class LikelyRenames
{
    /// <summary>The pairs found, and <paramref name="newer"/> with each renamed field answering to its older name.</summary>
    public static (IReadOnlyList<(LayoutFieldRow Older, LayoutFieldRow Newer)> Pairs, LayoutFieldTable Assumed) Find(LayoutFieldTable older, LayoutFieldTable newer)
    {
        var pairs = new List<(LayoutFieldRow Older, LayoutFieldRow Newer)>();
        var taken = new HashSet<LayoutFieldRow>();
        foreach (LayoutFieldRow before in older.Fields)
        {
            if (newer.Fields.Any(after => after.AnswersTo(before.Name) || before.AnswersTo(after.Name)))
            {
                continue;
            }

            LayoutFieldRow? renamed = newer.Fields.FirstOrDefault(after =>
                !taken.Contains(after)
                && !older.Fields.Any(other => after.AnswersTo(other.Name) || other.AnswersTo(after.Name))
                && after.Offset == before.Offset && after.Size == before.Size && after.Type == before.Type && after.ByteOrder == before.ByteOrder);
            if (renamed is not null)
            {
                taken.Add(renamed);
                pairs.Add((before, renamed));
            }
        }

        if (pairs.Count == 0)
        {
            return (pairs, newer);
        }

        IEnumerable<LayoutFieldRow> rows = newer.Fields.Select(row =>
        {
            foreach ((LayoutFieldRow before, LayoutFieldRow after) in pairs)
            {
                if (ReferenceEquals(row, after))
                {
                    return row with { FormerNames = row.FormerNames.Concat([before.Name]).ToEquatableArray() };
                }
            }

            return row;
        });
        return (pairs, newer with { Fields = rows.ToEquatableArray() });
    }
}
