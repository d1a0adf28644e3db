using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// A <c>[VarArray]</c> of any count: the elements in the layout's byte order in the table's heap. As for fixed arrays, a
/// little-endian layout (or one-byte elements) exposes them as a span, guarded at run time against a big-endian host; any
/// other order as a <c>HeapElements&lt;T&gt;</c> view that converts each element.
/// </summary>
internal sealed class VarArrayFieldEmitter : HeapReferenceFieldEmitter
{
    protected override string ValueDescription(ResolvedField field) => "elements (" + field.CatalogueName + ")";

    protected override IReadOnlyList<ViewMember> ValueMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember(IsSpan(field, layout.Spec.Endian) ? $"{ReadOnlySpan}<{Element(field)}>" : $"{HeapElements}<{Element(field)}>", field.Name, writable)];

    protected override void WriteValueMembers(ViewContext view, ResolvedField field, string word)
    {
        IndentedWriter writer = view.Writer;
        string element = Element(field);
        string signature = ValueMembers(view.Layout, field, view.Writable)[0].Signature;
        string? setter = view.Writable
            ? Setter(view, field, $"{HeapFields}.AppendElements<{element}>({view.HeapField}, value, {BigEndianArgument(view)}, {ViewContext.FieldDisplayName(view.Layout, field)})")
            : null;
        string set = view.Writable ? "; setting them appends them and swaps the reference atomically" : string.Empty;
        writer.Line();
        if (!IsSpan(field, view.Order))
        {
            writer.Line($"/// <summary>The elements of <c>{field.Name}</c> in the heap, each converted from {FieldFacts.OrderText(view.Order)} as it is read{set}.</summary>");
            Members.Property(writer, signature, $"{HeapFields}.ElementsInOrder<{element}>({ReadArguments(view, field, word)}, {BigEndianArgument(view)})", setter);
            return;
        }

        string span = $"{HeapFields}.Elements<{element}>({ReadArguments(view, field, word)})";
        if (Size(field) == 1)
        {
            writer.Line($"/// <summary>The elements of <c>{field.Name}</c>, in place in the heap{set}.</summary>");
            Members.Property(writer, signature, span, setter);
            return;
        }

        writer.Line($"/// <summary>The elements of <c>{field.Name}</c>, in place in the heap{set}; reading throws <c>PlatformNotSupportedException</c> on a big-endian host.</summary>");
        Members.Property(writer, signature, $"{BitConverterType}.IsLittleEndian ? {span} : throw {Support}.ByteOrderMismatch({ViewContext.FieldDisplayName(view.Layout, field)})", setter);
    }

    protected override string AppendValue(ViewContext view, ResolvedField field, string heap) =>
        $"{HeapFields}.AppendElements<{Element(field)}>({heap}, {ValueSpan(field)}, {BigEndianArgument(view)}, {ViewContext.FieldDisplayName(view.Layout, field)})";

    protected override string ValueIsEmpty(ResolvedField field) => ValueSpan(field) + ".IsEmpty";

    /// <summary>Through the converting view in every order, so that <c>Load</c> works on any host.</summary>
    public override string LoadExpression(ViewContext view, ResolvedField field) =>
        $"{HeapFields}.ElementsInOrder<{Element(field)}>({ReadArguments(view, field, Word(view, field))}, {BigEndianArgument(view)}).ToArray()";

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        $"{HeapFields}.CheckLength((long){ValueSpan(field)}.Length * {Text(Size(field))}, {ViewContext.FieldDisplayName(layout, field)});";

    private static bool IsSpan(ResolvedField field, ByteOrder order) => Size(field) == 1 || order == ByteOrder.Little;

    private static int Size(ResolvedField field) => TypeCatalogue.Get(FieldFacts.Element(field).Scalar).Size;

    private static string Element(ResolvedField field) => FieldFacts.ElementType(field);

    /// <summary><c>value</c>'s elements as a span: a null array is empty.</summary>
    private static string ValueSpan(ResolvedField field) => $"new {ReadOnlySpan}<{Element(field)}>(value.{Id(field.Name)})";
}
