using System.Collections.Generic;
using MappedStructs.Layout;

namespace MappedStructs.Analyzers.Declarations;

/// <summary>Where a misaligned field could go instead: shared by the diagnostic (which says whether a fix exists) and the fix.</summary>
internal static class FreeOffsets
{
    /// <summary>
    /// The smallest offset at or after the field's own that is a multiple of its alignment, overlaps no other field and,
    /// when the layout declares a Size, still ends inside it; null when there is none.
    /// </summary>
    internal static int? FindAlignedFreeOffset(ResolvedLayout layout, int fieldIndex)
        => FindAlignedFreeOffset(layout, fieldIndex, moved: null);

    /// <summary>
    /// As <see cref="FindAlignedFreeOffset(ResolvedLayout, int)"/>, with some fields already moved (field index to new offset):
    /// a fix-all moves several fields one after the other, and each must find a slot the others have not taken.
    /// </summary>
    internal static int? FindAlignedFreeOffset(ResolvedLayout layout, int fieldIndex, IReadOnlyDictionary<int, int>? moved)
    {
        ResolvedField? field = null;
        foreach (ResolvedField candidateField in layout.Fields)
        {
            if (candidateField.Index == fieldIndex)
            {
                field = candidateField;
            }
        }

        if (field is null || field.Alignment <= 0)
        {
            return null;
        }

        long limit = layout.Spec.Size > 0 ? (long)layout.Spec.Size : long.MaxValue;
        for (long candidate = LayoutEngine.AlignUp(field.Offset, field.Alignment); candidate + field.Size <= limit && candidate <= int.MaxValue - field.Size; candidate += field.Alignment)
        {
            if (IsFree(layout, field, candidate, moved))
            {
                return (int)candidate;
            }
        }

        return null;
    }

    private static bool IsFree(ResolvedLayout layout, ResolvedField field, long start, IReadOnlyDictionary<int, int>? moved)
    {
        long end = start + field.Size;
        foreach (ResolvedField other in layout.Fields)
        {
            int otherOffset = moved is not null && moved.TryGetValue(other.Index, out int newOffset) ? newOffset : other.Offset;
            if (other.Index != field.Index && start < otherOffset + other.Size && otherOffset < end)
            {
                return false;
            }
        }

        return true;
    }
}
