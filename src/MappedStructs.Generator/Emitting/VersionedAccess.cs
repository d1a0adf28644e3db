using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// How a field's version changes its accessors (<c>docs/versioning.md</c>): a field added after version 1 reads its
/// <c>Default</c> when the view's record ends before it (one compare with the view's length, paid by that field alone) and
/// refuses a write there; a deprecated field reads its <c>Default</c> without touching its bytes and refuses writes. Every
/// other field is accessed exactly as in a layout without versions.
/// </summary>
internal static class VersionedAccess
{
    private const string VersionedFields = "global::MappedStructs.VersionedFields";

    /// <summary>Whether <paramref name="field"/> was added after version 1, so that records of older files lack it.</summary>
    public static bool IsAdded(ResolvedField field) => field.Spec.Since > 1;

    /// <summary>Whether <paramref name="field"/> is deprecated.</summary>
    public static bool IsDeprecated(ResolvedField field) => field.Spec.IsDeprecated;

    /// <summary>The value read where the field is absent or deprecated: its declared <c>Default</c>, or its type's default.</summary>
    public static string DefaultValue(ResolvedField field) =>
        field.Spec.Default is { FitsType: true } declared ? declared.Text : $"default({ScalarCode.ValueType(field.Spec.Type)})";

    /// <summary>Whether the view's record holds <paramref name="field"/>: <c>_length &gt;= 56</c>.</summary>
    public static string InRecord(ViewContext view, ResolvedField field) => $"{view.Names.RecordLengthField} >= {Text(field.End)}";

    /// <summary>The getter expression: <paramref name="read"/>, guarded for an added field, replaced for a deprecated one.</summary>
    public static string Getter(ViewContext view, ResolvedField field, string read) =>
        IsDeprecated(field) ? DefaultValue(field)
        : IsAdded(field) ? $"{InRecord(view, field)} ? {read} : {DefaultValue(field)}"
        : read;

    /// <summary>
    /// The view's first byte as a <c>ref</c> argument for a write of <paramref name="field"/>: <paramref name="start"/>, after
    /// the check that the record holds the field when it was added later.
    /// </summary>
    public static string WriteStart(ViewContext view, ResolvedField field, string start) =>
        IsAdded(field)
            ? $"ref {VersionedFields}.CheckInRecord({start}, {view.Names.RecordLengthField}, {Text(field.End)}, {ViewContext.FieldDisplayName(view.Layout, field)}, {Text(field.Spec.Since)})"
            : start;

    /// <summary>The expression a write of a deprecated field is: a throw naming the field and the version that deprecated it.</summary>
    public static string DeprecatedWrite(ResolvedLayout layout, ResolvedField field) =>
        $"throw {VersionedFields}.DeprecatedWrite({ViewContext.FieldDisplayName(layout, field)}, {Text(field.Spec.Deprecated)})";

    /// <summary>
    /// The statement <c>Store</c> runs before its first write for an added field: it throws when the record lacks the field
    /// and <c>value</c> holds anything but its default, which the record could not keep.
    /// </summary>
    public static string StoreCheck(ViewContext view, ResolvedField field)
    {
        string type = ScalarCode.ValueType(field.Spec.Type);
        string length = view.Names.RecordLengthField;
        return $"if ({length} < {Text(field.End)} && !global::System.Collections.Generic.EqualityComparer<{type}>.Default.Equals(value.{Id(field.Name)}, {DefaultValue(field)})) {VersionedFields}.ThrowNotInRecord({ViewContext.FieldDisplayName(view.Layout, field)}, {Text(field.Spec.Since)}, {length});";
    }

    /// <summary><c>Store</c>'s statement for an added field: <paramref name="store"/>, only where the record holds the field.</summary>
    public static string GuardedStore(ViewContext view, ResolvedField field, string store) => $"if ({InRecord(view, field)}) {store}";

    /// <summary>
    /// The smallest record a view of <paramref name="layout"/> accepts: where the fields of version 1 end (a layout without
    /// added fields needs its whole <c>Size</c>).
    /// </summary>
    public static int MinimumRecordLength(ResolvedLayout layout)
    {
        if (!layout.Spec.HasAddedFields)
        {
            return layout.Size;
        }

        int end = 0;
        foreach (ResolvedField field in layout.Fields)
        {
            if (!IsAdded(field) && field.End > end)
            {
                end = field.End;
            }
        }

        // A record of no bytes holds nothing to read; version 1 has at least one field unless all were added later.
        return end > 0 ? end : 1;
    }
}
