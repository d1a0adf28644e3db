using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// What every variable-length field's views share: the record holds an 8-byte heap reference, read in the layout's byte
/// order as a <c>HeapReference</c>. A view over a record outside a table has no heap to resolve it against, so its
/// <c>Load</c> and <c>Store</c> refuse the field with a message saying so (never a silently empty value); each kind's
/// subclass says what its value is.
/// </summary>
internal abstract class HeapReferenceFieldEmitter : FieldEmitter
{
    private const string HeapReferenceType = "global::MappedStructs.HeapReference";

    /// <summary>What the referenced heap bytes hold, for the summary (<c>UTF-8 text</c>).</summary>
    protected abstract string ValueDescription(ResolvedField field);

    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        string read = ScalarCode.Read(FieldType.ForScalar(ScalarType.UInt64), view.Order, view.OrderFlag, view.Start(field), view.OffsetOf(field));
        view.Writer.Line($"/// <summary>Where the {ValueDescription(field)} of <c>{field.Name}</c> lies in its table's heap (the record's 8-byte reference).</summary>");
        view.Writer.Line($"{ViewMembers(view.Layout, field, view.Writable)[0].Signature} => new {HeapReferenceType}({read});");
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember(HeapReferenceType, layout.Names.Field(field.Index).Reference)];

    public override string ToStringStatement(ResolvedLayout layout, ResolvedField field) =>
        $"text.AppendFormatted(this.{Id(layout.Names.Field(field.Index).Reference)});";

    public override string LoadExpression(ResolvedLayout layout, ResolvedField field) =>
        $"{Support}.ThrowVariableLengthWithoutHeap<{field.Spec.Type.TypeName}>({ViewContext.FieldDisplayName(layout, field)})";

    /// <summary>Never reached: <see cref="StoreCheck"/> throws first, before <c>Store</c> writes anything.</summary>
    public override string StoreStatement(ResolvedLayout layout, ResolvedField field) =>
        $"// {field.Name} lives in a table's heap, which this view does not reach: the store check has refused it.";

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        $"{Support}.ThrowVariableLengthWithoutHeap<object>({ViewContext.FieldDisplayName(layout, field)});";
}
