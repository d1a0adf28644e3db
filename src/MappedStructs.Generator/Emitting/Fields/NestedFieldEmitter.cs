using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A nested <c>[MappedLayout]</c> record stored inline: a property returning the nested layout's own view of its bytes.</summary>
internal sealed class NestedFieldEmitter : FieldEmitter
{
    /// <summary>
    /// The nested layout's view over its bytes at <paramref name="at"/> (a ref expression): <c>Inner.Ref.From(...)</c>,
    /// made with <paramref name="order"/> (an <c>Endianness</c> expression) when the nested layout's order is chosen per view.
    /// </summary>
    public static string ViewOf(ResolvedField field, string nestedType, bool writable, string at, string? order)
    {
        GeneratedMemberNames nested = NestedNames(field);
        string orderArgument = order is null ? string.Empty : ", " + order;
        return writable
            ? $"{nestedType}.{nested.Ref}.{nested.From}({MemoryMarshal}.CreateSpan(ref {at}, {nestedType}.{nested.Size}){orderArgument})"
            : $"{nestedType}.{nested.ReadOnlyRef}.{nested.From}({MemoryMarshal}.CreateReadOnlySpan(ref {at}, {nestedType}.{nested.Size}){orderArgument})";
    }

    /// <summary>The nested layout's view type: <c>Inner.Ref</c> or <c>Inner.ReadOnlyRef</c>.</summary>
    public static string ViewType(ResolvedField field, string nestedType, bool writable) =>
        nestedType + "." + (writable ? NestedNames(field).Ref : NestedNames(field).ReadOnlyRef);

    /// <summary>The generated names of the layout <paramref name="field"/> nests (or of its array's elements).</summary>
    public static GeneratedMemberNames NestedNames(ResolvedField field) => field.NestedNames ?? GeneratedMemberNames.Preferred;

    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        string nested = field.Spec.Type.TypeName;
        view.Writer.Line(ViewContext.Summary(field) + ", viewed in place.</summary>");
        Members.Property(view.Writer, ViewMembers(view.Layout, field, view.Writable)[0].Signature, ViewOf(field, nested, view.Writable, view.FieldStart(field), ViewContext.NestedOrder(field, view.OrderFlag)));
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember(ViewType(field, field.Spec.Type.TypeName, writable), field.Name)];

    /// <summary>The nested view's own text, in place of the record's <c>ToString</c>, which it equals.</summary>
    public override string ToStringStatement(ResolvedLayout layout, ResolvedField field) => $"text.AppendLiteral(this.{Id(field.Name)}.ToString());";

    public override string LoadExpression(ResolvedLayout layout, ResolvedField field) => $"{Id(field.Name)}.{NestedNames(field).Load}()";

    public override string StoreStatement(ResolvedLayout layout, ResolvedField field) => $"this.{Id(field.Name)}.{NestedNames(field).Store}(value.{Id(field.Name)});";

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) => $"{Support}.CheckStorable(value.{Id(field.Name)});";
}
