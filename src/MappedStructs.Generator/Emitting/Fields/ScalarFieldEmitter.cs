using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A scalar or enum field: a property over the byte-order helper for its type.</summary>
internal sealed class ScalarFieldEmitter : FieldEmitter
{
    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        FieldType type = field.Spec.Type;
        string start = view.Start(field);
        string offset = view.OffsetOf(field);
        view.Writer.Line(ViewContext.Summary(field) + ".</summary>");
        string? setter = !view.Writable ? null
            : VersionedAccess.IsDeprecated(field) ? VersionedAccess.DeprecatedWrite(view.Layout, field)
            : ScalarCode.Write(type, view.Order, view.OrderFlag, VersionedAccess.WriteStart(view, field, start), offset, "value", ViewContext.FieldDisplayName(view.Layout, field));
        Members.Property(
            view.Writer,
            ViewMembers(view.Layout, field, view.Writable)[0].Signature,
            VersionedAccess.Getter(view, field, ScalarCode.Read(type, view.Order, view.OrderFlag, start, offset)),
            setter);
    }

    public override string StoreStatement(ViewContext view, ResolvedField field)
    {
        if (VersionedAccess.IsDeprecated(field))
        {
            // The bytes stay defined for older readers, which still read the field: they get its default.
            return ScalarCode.Write(field.Spec.Type, view.Order, view.OrderFlag, view.Start(field), view.OffsetOf(field), VersionedAccess.DefaultValue(field), ViewContext.FieldDisplayName(view.Layout, field)) + ";";
        }

        string store = StoreStatement(view.Layout, field);
        return VersionedAccess.IsAdded(field) ? VersionedAccess.GuardedStore(view, field, store) : store;
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember(ScalarCode.ValueType(field.Spec.Type), field.Name, writable)];

    public override string? StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        ScalarCode.RangeCheck(field.Spec.Type, $"value.{Id(field.Name)}", ViewContext.FieldDisplayName(layout, field));
}
