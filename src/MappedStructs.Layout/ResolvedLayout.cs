using System;

namespace MappedStructs.Layout;

/// <summary>The <see cref="LayoutEngine"/>'s answer for one <see cref="LayoutSpec"/>.</summary>
/// <param name="Spec">What was declared.</param>
/// <param name="Fields">The fields that could be placed, in declaration order (all of them when the layout is valid).</param>
/// <param name="Size">The record size: the declared size, or the computed one rounded up to <see cref="Alignment"/>.</param>
/// <param name="Alignment">The record alignment: the largest effective field alignment (at least 1).</param>
/// <param name="RequiredSize">The bytes the fields need (the end of the last field), before rounding.</param>
/// <param name="Fingerprint">A stable 64-bit hash of byte order, size and each field's name, type, offset and size.</param>
/// <param name="Padding">Unused byte runs, in offset order.</param>
/// <param name="Violations">Every problem found, in a stable order (type-level first, then by field).</param>
internal sealed record ResolvedLayout(
    LayoutSpec Spec,
    EquatableArray<ResolvedField> Fields,
    int Size,
    int Alignment,
    int RequiredSize,
    ulong Fingerprint,
    EquatableArray<PaddingGap> Padding,
    EquatableArray<LayoutViolation> Violations)
{
    /// <summary>The names the generator emits for this layout's members.</summary>
    public GeneratedMemberNames Names { get; } = GeneratedMemberNames.For(Spec);

    /// <summary>
    /// The largest alignment an <c>[Atomic]</c> field needs, directly or inside a nested layout (0 when there is none): a
    /// record of such a layout must start at a multiple of it, which the generated <c>From</c> checks.
    /// </summary>
    public int AtomicAlignment
    {
        get
        {
            int largest = 0;
            foreach (ResolvedField placed in Fields)
            {
                largest = Math.Max(largest, placed.AtomicAlignment);
            }

            return largest;
        }
    }

    /// <summary>Whether any field stores its value in a table's heap (<c>[Text]</c>, <c>[Blob]</c>, <c>[VarArray]</c>).</summary>
    public bool HasVariableLengthFields
    {
        get
        {
            foreach (ResolvedField placed in Fields)
            {
                if (VariableLengthFields.IsVariableLength(placed.Kind))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether any field is <c>[Atomic]</c>, directly or inside a nested layout.</summary>
    public bool HasAtomics => AtomicAlignment > 0;

    /// <summary>Whether no violation is an error: padding and misalignment warnings still generate.</summary>
    public bool IsValidForGeneration
    {
        get
        {
            foreach (LayoutViolation violation in Violations)
            {
                if (violation.Severity == ViolationSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
