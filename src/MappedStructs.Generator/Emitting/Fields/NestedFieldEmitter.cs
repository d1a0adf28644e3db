using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A nested <c>[MappedLayout]</c> record stored inline: a property returning the nested layout's own view of its bytes.</summary>
internal sealed class NestedFieldEmitter : FieldEmitter
{
    /// <summary>The nested layout's view over its bytes at <paramref name="at"/> (a ref expression): <c>Inner.Ref.From(...)</c>.</summary>
    public static string ViewOf(string nestedType, bool writable, string at) => writable
        ? $"{nestedType}.Ref.From({MemoryMarshal}.CreateSpan(ref {at}, {nestedType}.Size))"
        : $"{nestedType}.ReadOnlyRef.From({MemoryMarshal}.CreateReadOnlySpan(ref {at}, {nestedType}.Size))";

    /// <summary>The nested layout's view type: <c>Inner.Ref</c> or <c>Inner.ReadOnlyRef</c>.</summary>
    public static string ViewType(string nestedType, bool writable) =>
        nestedType + "." + (writable ? GeneratedNames.Ref : GeneratedNames.ReadOnlyRef);

    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        string nested = field.Spec.Type.TypeName;
        view.Writer.Line(ViewContext.Summary(field) + ", viewed in place.</summary>");
        Members.Property(view.Writer, ViewMembers(view.Layout, field, view.Writable)[0].Signature, ViewOf(nested, view.Writable, view.FieldStart(field)));
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember(ViewType(field.Spec.Type.TypeName, writable), field.Name)];

    /// <summary>The nested view's own text, in place of the record's <c>ToString</c>, which it equals.</summary>
    public override string ToStringStatement(ResolvedLayout layout, ResolvedField field) => $"text.AppendLiteral(this.{Id(field.Name)}.ToString());";

    public override string LoadExpression(ResolvedField field) => Id(field.Name) + ".Load()";

    public override string StoreStatement(ResolvedLayout layout, ResolvedField field) => $"this.{Id(field.Name)}.Store(value.{Id(field.Name)});";

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) => $"{Support}.CheckStorable(value.{Id(field.Name)});";
}
