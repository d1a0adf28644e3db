using System.Collections.Generic;
using System.Globalization;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// A <c>[Utf8(n)]</c> string: a span over its raw bytes and a string property that decodes and encodes through it. A
/// NUL-padded field calls the helpers without a padding argument; any other padding passes its byte.
/// </summary>
internal sealed class Utf8FieldEmitter : FieldEmitter
{
    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        IndentedWriter writer = view.Writer;
        IReadOnlyList<ViewMember> members = ViewMembers(view.Layout, field, view.Writable);
        string bytes = view.FieldNames(field).Bytes;
        string fullName = ViewContext.FieldDisplayName(view.Layout, field);
        bool nulPadded = field.Spec.Utf8Padding == '\0';
        string padding = nulPadded ? "NUL" : "U+" + ((int)field.Spec.Utf8Padding).ToString("X4", CultureInfo.InvariantCulture);
        writer.Line($"/// <summary>The raw bytes of <c>{field.Name}</c>: {Text(field.Size)} bytes of {padding}-padded UTF-8.</summary>");

        // The string property goes through this span, so the span's default-view check covers it.
        writer.Line($"{members[0].Signature} => {MemoryMarshal}.{view.CreateSpan}(ref {view.FieldStart(field)}, {Text(field.Size)});");
        writer.Line();
        string read = $"{Support}.ReadUtf8({bytes}, {PaddingArgument(field)}{fullName})";
        if (!view.Writable)
        {
            string text = nulPadded ? "the text up to the first NUL" : $"the text without its trailing {padding} padding";
            writer.Line(ViewContext.Summary(field) + $": {text}; throws <c>InvalidDataException</c> when those bytes are not valid UTF-8.</summary>");
            Members.Property(writer, members[1].Signature, read);
            return;
        }

        writer.Line(ViewContext.Summary(field) + "; the getter throws <c>InvalidDataException</c> on invalid UTF-8, the setter <c>ArgumentException</c> when the text does not fit (it never truncates).</summary>");
        Members.Property(writer, members[1].Signature, read, $"{Support}.WriteUtf8(value, {bytes}, {PaddingArgument(field)}{fullName})");
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
    [
        new ViewMember((writable ? Span : ReadOnlySpan) + "<byte>", layout.Names.Field(field.Index).Bytes),
        new ViewMember("string", field.Name, writable),
    ];

    /// <summary>The text as <c>Load</c> reads it, so that a view over invalid UTF-8 prints its escaped bytes instead of throwing.</summary>
    public override string ToStringStatement(ResolvedLayout layout, ResolvedField field) => $"text.AppendFormatted({LoadExpression(layout, field)});";

    /// <summary>Never throws: invalid bytes come back escaped, and <c>Store</c> writes them back (see <c>LoadUtf8</c>).</summary>
    public override string LoadExpression(ResolvedLayout layout, ResolvedField field) =>
        $"{Support}.LoadUtf8(this.{layout.Names.Field(field.Index).Bytes}, {PaddingByte(field)})";

    public override string StoreStatement(ResolvedLayout layout, ResolvedField field) =>
        $"{Support}.WriteUtf8(value.{Id(field.Name)}, this.{layout.Names.Field(field.Index).Bytes}, {PaddingArgument(field)}{ViewContext.FieldDisplayName(layout, field)});";

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        $"{Support}.CheckUtf8(value.{Id(field.Name)}, {Text(field.Size)}, {PaddingArgument(field)}{ViewContext.FieldDisplayName(layout, field)});";

    private static string PaddingByte(ResolvedField field) => "0x" + ((int)field.Spec.Utf8Padding).ToString("X2", CultureInfo.InvariantCulture);

    private static string PaddingArgument(ResolvedField field) => field.Spec.Utf8Padding == '\0' ? string.Empty : PaddingByte(field) + ", ";
}
