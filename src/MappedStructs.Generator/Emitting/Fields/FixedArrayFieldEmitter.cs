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
        string name = Id(field.Name);
        if (!FieldFacts.IsSpanArray(field, view.Order))
        {
            string elementView = view.Writable ? GeneratedNames.ArrayView(field.Name) : GeneratedNames.ReadOnlyArrayView(field.Name);
            writer.Line(summary + ": a bounds-checked view of its elements.</summary>");
            Members.Property(writer, $"public {elementView} {name}", $"new {elementView}(ref {view.FieldStart(field)}{view.ElementViewOrder})");
            return;
        }

        string element = FieldFacts.ElementType(field);
        string reference = element == "byte" ? $"ref {view.FieldStart(field)}" : $"ref {Unsafe}.As<byte, {element}>(ref {view.FieldStart(field)})";
        string span = $"{MemoryMarshal}.{view.CreateSpan}({reference}, {Text(field.ElementCount)})";
        string signature = $"public {view.SpanType}<{element}> {name}";
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

    public override string LoadExpression(ResolvedField field) => Id(field.Name) + ".ToArray()";

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
