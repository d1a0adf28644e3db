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
        Members.Property(
            view.Writer,
            ViewMembers(view.Layout, field, view.Writable)[0].Signature,
            ScalarCode.Read(type, view.Order, view.OrderFlag, start, offset),
            view.Writable ? ScalarCode.Write(type, view.Order, view.OrderFlag, start, offset, "value", ViewContext.FieldDisplayName(view.Layout, field)) : null);
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember(ScalarCode.ValueType(field.Spec.Type), field.Name, writable)];

    public override string? StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        ScalarCode.RangeCheck(field.Spec.Type, $"value.{Id(field.Name)}", ViewContext.FieldDisplayName(layout, field));
}
