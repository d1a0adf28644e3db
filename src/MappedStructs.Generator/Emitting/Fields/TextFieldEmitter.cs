using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A <c>[Text]</c> string of any length: UTF-8 in the table's heap, read as its bytes (zero-copy) or decoded on demand.</summary>
internal sealed class TextFieldEmitter : HeapReferenceFieldEmitter
{
    protected override string ValueDescription(ResolvedField field) => "UTF-8 text";

    protected override IReadOnlyList<ViewMember> ValueMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
    [
        new ViewMember($"{ReadOnlySpan}<byte>", layout.Names.Field(field.Index).Bytes, writable),
        new ViewMember("string", field.Name, writable),
    ];

    protected override void WriteValueMembers(ViewContext view, ResolvedField field, string word)
    {
        IndentedWriter writer = view.Writer;
        IReadOnlyList<ViewMember> members = ValueMembers(view.Layout, field, view.Writable);
        string name = ViewContext.FieldDisplayName(view.Layout, field);
        writer.Line();
        writer.Line($"/// <summary>The UTF-8 bytes of <c>{field.Name}</c>, in place in the heap{(view.Writable ? "; setting them (valid UTF-8 only) appends them and swaps the reference atomically" : string.Empty)}.</summary>");
        Members.Property(writer, members[0].Signature, $"{HeapFields}.Bytes({ReadArguments(view, field, word)})", view.Writable ? Setter(view, field, $"{HeapFields}.AppendUtf8({view.HeapField}, value, {name})") : null);
        writer.Line();
        writer.Line($"/// <summary><c>{field.Name}</c> decoded from the heap's UTF-8 on each read{(view.Writable ? "; setting it appends the new text and swaps the reference atomically" : string.Empty)}.</summary>");
        Members.Property(writer, members[1].Signature, $"{HeapFields}.Text({ReadArguments(view, field, word)})", view.Writable ? Setter(view, field, $"{HeapFields}.AppendText({view.HeapField}, value, {name})") : null);
    }

    protected override string AppendValue(ViewContext view, ResolvedField field, string heap) =>
        $"{HeapFields}.AppendText({heap}, value.{Id(field.Name)}, {ViewContext.FieldDisplayName(view.Layout, field)})";

    protected override string ValueIsEmpty(ResolvedField field) => $"string.IsNullOrEmpty(value.{Id(field.Name)})";

    /// <summary>The text when it resolves and decodes (what a reader wants to see), else the reference: never throws.</summary>
    public override string ToStringStatement(ResolvedLayout layout, ResolvedField field) =>
        $"text.AppendFormatted({HeapFields}.TextOrReference({layout.Names.HeapField}, this.{Id(layout.Names.Field(field.Index).Reference)}.Bits, ref {layout.Names.StartField}));";

    public override string LoadExpression(ResolvedLayout layout, ResolvedField field) => Id(field.Name);

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        $"{HeapFields}.CheckText(value.{Id(field.Name)}, {ViewContext.FieldDisplayName(layout, field)});";
}
