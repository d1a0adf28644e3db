using System.Collections.Generic;
using System.Linq;
using MappedStructs.Layout;

namespace MappedStructs.Analyzers.Declarations;

/// <summary>
/// Where misaligned fields could go instead: shared by the diagnostic (whose message names the offset and which says
/// whether a fix exists) and the fix (which moves the field there, or plans the moves of a whole layout).
/// </summary>
internal static class FreeOffsets
{
    // A layout with no room left for its misaligned fields can have many candidate placements; past this many checks
    // the plan settles for what the one-field-at-a-time moves reached.
    private const int SearchBudget = 100_000;

    /// <summary>
    /// The smallest offset at or after the field's own that is a multiple of its alignment, overlaps no other field and,
    /// when the layout declares a Size, still ends inside it; null when there is none.
    /// </summary>
    internal static int? FindAlignedFreeOffset(ResolvedLayout layout, int fieldIndex)
        => Find(layout, fieldIndex) is { } field ? NextFree(layout, field, new Dictionary<int, int?>()) : null;

    /// <summary>
    /// New offsets (field index to offset) for the fields of <paramref name="fieldIndexes"/>: all of them aligned, free and
    /// inside Size whenever such a placement exists, the other fields left where they are. First each field moves to its
    /// next free aligned offset, in declaration order and against the moves already made, retried while that frees
    /// room (what fixing the fields one after the other reaches); when some field still finds no room, the fields are
    /// placed again together, each as near its offset as the others allow. Fields that cannot move are left out.
    /// </summary>
    internal static IReadOnlyDictionary<int, int> PlanAlignedOffsets(ResolvedLayout layout, IEnumerable<int> fieldIndexes)
    {
        var fields = fieldIndexes.Distinct().OrderBy(i => i).Select(i => Find(layout, i)).OfType<ResolvedField>().Where(f => f.Alignment > 0).ToList();
        var placed = new Dictionary<int, int?>();
        bool progress = true;
        while (progress)
        {
            progress = false;
            foreach (ResolvedField field in fields.Where(f => !placed.ContainsKey(f.Index)))
            {
                if (NextFree(layout, field, placed) is { } offset)
                {
                    placed[field.Index] = offset;
                    progress = true;
                }
            }
        }

        if (placed.Count < fields.Count && PlaceTogether(layout, fields) is { } together)
        {
            placed = together;
        }

        return placed.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value);
    }

    private static ResolvedField? Find(ResolvedLayout layout, int fieldIndex)
        => layout.Fields.FirstOrDefault(f => f.Index == fieldIndex) is { Alignment: > 0 } field ? field : null;

    private static long Limit(ResolvedLayout layout, ResolvedField field)
        => (layout.Spec.Size > 0 ? (long)layout.Spec.Size : int.MaxValue) - field.Size;

    private static int? NextFree(ResolvedLayout layout, ResolvedField field, IReadOnlyDictionary<int, int?> placed)
    {
        for (long candidate = LayoutEngine.AlignUp(field.Offset, field.Alignment); candidate <= Limit(layout, field); candidate += field.Alignment)
        {
            if (IsFree(layout, field, candidate, placed))
            {
                return (int)candidate;
            }
        }

        return null;
    }

    // Every field taken out of its slot at once, then placed back most constrained first (largest alignment, then size),
    // each at the free aligned offset nearest its own, backtracking when a later field finds no room; null when no
    // placement exists (or none was found within the budget).
    private static Dictionary<int, int?>? PlaceTogether(ResolvedLayout layout, List<ResolvedField> fields)
    {
        var order = fields.OrderByDescending(f => f.Alignment).ThenByDescending(f => f.Size).ThenBy(f => f.Index).ToList();
        var placed = order.ToDictionary(f => f.Index, _ => (int?)null);
        int budget = SearchBudget;
        return Place(0) ? placed : null;

        bool Place(int next)
        {
            if (next == order.Count)
            {
                return true;
            }

            ResolvedField field = order[next];
            foreach (long candidate in NearestAligned(field, Limit(layout, field)))
            {
                if (--budget < 0)
                {
                    return false;
                }

                if (IsFree(layout, field, candidate, placed))
                {
                    placed[field.Index] = (int)candidate;
                    if (Place(next + 1))
                    {
                        return true;
                    }

                    placed[field.Index] = null;
                }
            }

            return false;
        }
    }

    // The aligned offsets from 0 to limit, nearest the field's own first (the later one first among equally near).
    private static IEnumerable<long> NearestAligned(ResolvedField field, long limit)
    {
        long up = LayoutEngine.AlignUp(field.Offset, field.Alignment);
        long down = up - field.Alignment;
        while (up <= limit || down >= 0)
        {
            bool takeUp = up <= limit && (down < 0 || up - field.Offset <= field.Offset - down);
            if (takeUp)
            {
                yield return up;
                up += field.Alignment;
            }
            else
            {
                yield return down;
                down -= field.Alignment;
            }
        }
    }

    // Free: no other field overlaps [start, start + size). A field in placed is at its planned offset, or nowhere when
    // that is null (taken out, not yet put back); any other field is where the layout has it.
    private static bool IsFree(ResolvedLayout layout, ResolvedField field, long start, IReadOnlyDictionary<int, int?> placed)
    {
        long end = start + field.Size;
        foreach (ResolvedField other in layout.Fields)
        {
            if (other.Index == field.Index)
            {
                continue;
            }

            long otherOffset = other.Offset;
            if (placed.TryGetValue(other.Index, out int? planned))
            {
                if (planned is null)
                {
                    continue;
                }

                otherOffset = planned.Value;
            }

            if (start < otherOffset + other.Size && otherOffset < end)
            {
                return false;
            }
        }

        return true;
    }
}
