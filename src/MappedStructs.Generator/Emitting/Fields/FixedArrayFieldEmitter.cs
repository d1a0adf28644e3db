using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// A <c>[FixedArray(n)]</c> field. Elements that can be viewed directly (<see cref="FieldFacts.IsSpanArray"/>) are exposed
/// as a span; the others through an element view (<see cref="ElementViewEmitter"/>) whose indexer converts each element.
/// </summary>
internal sealed class FixedArrayFieldEmitter : FieldEmitter
{
    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        IndentedWriter writer = view.Writer;
        string summary = ViewContext.Summary(field);
        ViewMember member = ViewMembers(view.Layout, field, view.Writable)[0];
        if (!FieldFacts.IsSpanArray(field, view.Order))
        {
            writer.Line(summary + ": a bounds-checked view of its elements.</summary>");
            Members.Property(writer, member.Signature, $"new {member.Type}(ref {view.FieldStart(field)}{view.ElementViewOrder})");
            return;
        }

        string element = FieldFacts.ElementType(field);
        string reference = element == "byte" ? $"ref {view.FieldStart(field)}" : $"ref {Unsafe}.As<byte, {element}>(ref {view.FieldStart(field)})";
        string span = $"{MemoryMarshal}.{view.CreateSpan}({reference}, {Text(field.ElementCount)})";
        string signature = member.Signature;
        if (!FieldFacts.NeedsHostOrderGuard(field))
        {
            writer.Line(summary + ", as a span.</summary>");
            Members.Property(writer, signature, span);
            return;
        }

        writer.Line(summary + ", as a span; throws <c>PlatformNotSupportedException</c> on a big-endian host.</summary>");
        writer.Line($"{signature} => {BitConverterType}.IsLittleEndian");
        writer.Line($"    ? {span}");
        writer.Line($"    : throw {Support}.ByteOrderMismatch({ViewContext.FieldDisplayName(view.Layout, field)});");
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable)
    {
        if (FieldFacts.IsSpanArray(field, layout.Spec.Endian))
        {
            return [new ViewMember($"{(writable ? Span : ReadOnlySpan)}<{FieldFacts.ElementType(field)}>", field.Name)];
        }

        FieldMemberNames names = layout.Names.Field(field.Index);
        string elementView = writable ? names.ArrayView : names.ReadOnlyArrayView;
        return [new ViewMember(layout.Spec.QualifiedName + "." + Id(elementView), field.Name)];
    }

    /// <summary>The elements in brackets, <c>[1, 2, 3]</c>: more useful than the record's, which prints the array's type name.</summary>
    public override string ToStringStatement(ResolvedLayout layout, ResolvedField field) =>
        $"{TextSupport}.AppendElements(ref text, this.{Id(field.Name)}{(FieldFacts.IsSpanArray(field, layout.Spec.Endian) ? string.Empty : ".ToArray()")});";

    public override void WriteTypeMembers(IndentedWriter writer, ResolvedLayout layout, ResolvedField field)
    {
        if (FieldFacts.IsSpanArray(field, layout.Spec.Endian))
        {
            return;
        }

        writer.Line();
        ElementViewEmitter.Write(writer, layout, field, writable: true);
        writer.Line();
        ElementViewEmitter.Write(writer, layout, field, writable: false);
    }

    public override string LoadExpression(ResolvedLayout layout, ResolvedField field) => Id(field.Name) + ".ToArray()";

    public override string StoreStatement(ResolvedLayout layout, ResolvedField field)
    {
        string name = Id(field.Name);
        return FieldFacts.IsSpanArray(field, layout.Spec.Endian)
            ? $"{Support}.CopyArray(value.{name}, this.{name}, {ViewContext.FieldDisplayName(layout, field)});"
            : $"this.{name}.CopyFrom(value.{name});";
    }

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field)
    {
        string? range = ScalarCode.RangeCheck(field.Spec.Type, $"value.{Id(field.Name)}", ViewContext.FieldDisplayName(layout, field), field.ElementCount);
        if (range is not null)
        {
            return range;
        }

        string check = FieldFacts.Element(field).Shape == FieldShape.Nested ? "CheckNestedArray" : "CheckArray";
        return $"{Support}.{check}(value.{Id(field.Name)}, {Text(field.ElementCount)}, {ViewContext.FieldDisplayName(layout, field)});";
    }
}
