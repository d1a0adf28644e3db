using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A <c>[Blob]</c> of any length (<c>byte[]</c> or <c>ReadOnlyMemory&lt;byte&gt;</c>): raw bytes in the table's heap, read in place.</summary>
internal sealed class BlobFieldEmitter : HeapReferenceFieldEmitter
{
    protected override string ValueDescription(ResolvedField field) => "bytes";

    protected override IReadOnlyList<ViewMember> ValueMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember($"{ReadOnlySpan}<byte>", field.Name, writable)];

    protected override void WriteValueMembers(ViewContext view, ResolvedField field, string word)
    {
        string name = ViewContext.FieldDisplayName(view.Layout, field);
        view.Writer.Line();
        view.Writer.Line($"/// <summary>The bytes of <c>{field.Name}</c>, in place in the heap{(view.Writable ? "; setting them appends them and swaps the reference atomically" : string.Empty)}.</summary>");
        Members.Property(view.Writer, ValueMembers(view.Layout, field, view.Writable)[0].Signature, $"{HeapFields}.Bytes({ReadArguments(view, field, word)})", view.Writable ? Setter(view, field, $"{HeapFields}.Append({view.HeapField}, value, {name})") : null);
    }

    protected override string AppendValue(ViewContext view, ResolvedField field, string heap) =>
        $"{HeapFields}.Append({heap}, {ValueSpan(field)}, {ViewContext.FieldDisplayName(view.Layout, field)})";

    protected override string ValueIsEmpty(ResolvedField field) => ValueSpan(field) + ".IsEmpty";

    /// <summary>A new array either way: the struct's <c>ReadOnlyMemory&lt;byte&gt;</c> takes it implicitly.</summary>
    public override string LoadExpression(ResolvedLayout layout, ResolvedField field) => Id(field.Name) + ".ToArray()";

    /// <summary>A memory's own length, not its span's: <c>ReadOnlyMemory&lt;byte&gt;.Span</c> costs a type test per call, and <c>Store</c> makes the span once more to append it.</summary>
    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        $"{HeapFields}.CheckLength({ValueLength(field)}, {ViewContext.FieldDisplayName(layout, field)});";

    private static string ValueLength(ResolvedField field) =>
        field.Spec.Type.Shape == FieldShape.ByteMemory ? $"value.{Id(field.Name)}.Length" : ValueSpan(field) + ".Length";

    /// <summary><c>value</c>'s bytes as a span: a null array is empty.</summary>
    private static string ValueSpan(ResolvedField field) =>
        field.Spec.Type.Shape == FieldShape.ByteMemory ? $"value.{Id(field.Name)}.Span" : $"new {ReadOnlySpan}<byte>(value.{Id(field.Name)})";
}
