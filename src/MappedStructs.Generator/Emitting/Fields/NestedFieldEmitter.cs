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
    public static string ViewOf(string nestedType, bool writable, string at, string? order = null)
    {
        string orderArgument = order is null ? string.Empty : ", " + order;
        return writable
            ? $"{nestedType}.Ref.From({MemoryMarshal}.CreateSpan(ref {at}, {nestedType}.Size){orderArgument})"
            : $"{nestedType}.ReadOnlyRef.From({MemoryMarshal}.CreateReadOnlySpan(ref {at}, {nestedType}.Size){orderArgument})";
    }

    /// <summary>The nested layout's view type: <c>Inner.Ref</c> or <c>Inner.ReadOnlyRef</c>.</summary>
    public static string ViewType(string nestedType, bool writable) =>
        nestedType + "." + (writable ? GeneratedNames.Ref : GeneratedNames.ReadOnlyRef);

    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        string nested = field.Spec.Type.TypeName;
        view.Writer.Line(ViewContext.Summary(field) + ", viewed in place.</summary>");
        Members.Property(view.Writer, $"public {ViewType(nested, view.Writable)} {Id(field.Name)}", ViewOf(nested, view.Writable, view.FieldStart(field), ViewContext.NestedOrder(field)));
    }

    public override string LoadExpression(ResolvedField field) => Id(field.Name) + ".Load()";

    public override string StoreStatement(ResolvedLayout layout, ResolvedField field) => $"this.{Id(field.Name)}.Store(value.{Id(field.Name)});";

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) => $"{Support}.CheckStorable(value.{Id(field.Name)});";
}
