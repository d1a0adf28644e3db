using System.Collections.Generic;

namespace MappedStructs.Layout;

/// <summary>
/// The rules for the version numbers a layout declares (<c>Version</c>, and each field's <c>Since</c>, <c>Deprecated</c>
/// and <c>Default</c>): that the numbers are in range, that a field added in a later version lies after every older field
/// (so an older record is a prefix of a newer one, as SBE's block length requires), and that a field which may be absent
/// or deprecated has one value to read instead. Evolution between two versions is <see cref="LayoutCompatibility"/>'s.
/// </summary>
internal static class VersionRules
{
    /// <summary>The violations of <paramref name="spec"/>'s <c>Version</c> alone (checked whatever its fields).</summary>
    public static void CheckVersion(LayoutSpec spec, List<LayoutViolation> violations)
    {
        if (spec.Version < 1)
        {
            violations.Add(new LayoutViolation(ViolationKind.InvalidLayoutVersion, Size: spec.Version));
        }
    }

    /// <summary>The violations of the fields' versioning, once they are placed.</summary>
    public static void CheckFields(LayoutSpec spec, IReadOnlyList<ResolvedField> placed, List<LayoutViolation> violations)
    {
        int version = spec.Version < 1 ? 1 : spec.Version;
        for (int i = 0; i < spec.Fields.Count; i++)
        {
            FieldSpec field = spec.Fields[i];
            if (field.Since < 1 || field.Since > version)
            {
                violations.Add(new LayoutViolation(ViolationKind.FieldVersionOutOfRange, i, field.Name, Size: field.Since, Count: field.Since, ComputedSize: version, Detail: AttributeNames.SinceArgument));
            }

            if (field.Deprecated != 0 && (field.Deprecated <= field.Since || field.Deprecated > version))
            {
                violations.Add(new LayoutViolation(ViolationKind.FieldVersionOutOfRange, i, field.Name, Size: field.Deprecated, Count: field.Since, ComputedSize: version, Detail: AttributeNames.DeprecatedArgument));
            }
        }

        foreach (ResolvedField field in placed)
        {
            FieldSpec declared = field.Spec;
            bool versioned = declared.Since > 1 || declared.IsDeprecated || declared.Default is not null;
            // A variable-length field may be added later: where an older record lacks it, its reference reads as 0, the empty
            // value. It takes no Default (the empty value is its default) and is not deprecated (its bytes would stay referenced).
            bool addedVariableLength = VariableLengthFields.IsVariableLength(field.Kind) && !declared.IsDeprecated && declared.Default is null;
            if (versioned && !addedVariableLength && field.Kind is not (ResolvedFieldKind.Scalar or ResolvedFieldKind.Atomic))
            {
                violations.Add(new LayoutViolation(ViolationKind.VersionedFieldUnsupported, field.Index, field.Name, Count: declared.Since, Detail: "kind"));
            }
            else if (declared.Default is { FitsType: false })
            {
                violations.Add(new LayoutViolation(ViolationKind.VersionedFieldUnsupported, field.Index, field.Name, Count: declared.Since, Detail: "default"));
            }

            if (declared.Since > 1 && LastOlderField(placed, declared.Since) is { } older && field.Offset < older.End)
            {
                violations.Add(new LayoutViolation(
                    ViolationKind.AddedFieldInsideOlderRecord, field.Index, field.Name, field.Offset, field.Size,
                    OtherFieldIndex: older.Index, OtherFieldName: older.Name, ComputedSize: older.End, Count: declared.Since));
            }
        }
    }

    /// <summary>The field of a version before <paramref name="since"/> that ends last, or null.</summary>
    private static ResolvedField? LastOlderField(IReadOnlyList<ResolvedField> placed, int since)
    {
        ResolvedField? last = null;
        foreach (ResolvedField candidate in placed)
        {
            if (candidate.Spec.Since < since && (last is null || candidate.End > last.End))
            {
                last = candidate;
            }
        }

        return last;
    }
}
