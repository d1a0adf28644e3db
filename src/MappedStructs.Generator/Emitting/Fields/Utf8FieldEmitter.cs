using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A <c>[Utf8(n)]</c> string: a span over its raw bytes and a string property that decodes and encodes through it.</summary>
internal sealed class Utf8FieldEmitter : FieldEmitter
{
    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        IndentedWriter writer = view.Writer;
        string bytes = GeneratedNames.Utf8Bytes(field.Name);
        string fullName = ViewContext.FieldDisplayName(view.Layout, field);
        writer.Line($"/// <summary>The raw bytes of <c>{field.Name}</c>: {Text(field.Size)} bytes of NUL-padded UTF-8.</summary>");

        // The string property goes through this span, so the span's default-view check covers it.
        writer.Line($"public {view.SpanType}<byte> {bytes} => {MemoryMarshal}.{view.CreateSpan}(ref {view.FieldStart(field)}, {Text(field.Size)});");
        writer.Line();
        string read = $"{Support}.ReadUtf8({bytes}, {fullName})";
        if (!view.Writable)
        {
            writer.Line(ViewContext.Summary(field) + ": the text up to the first NUL; throws <c>InvalidDataException</c> when those bytes are not valid UTF-8.</summary>");
            Members.Property(writer, $"public string {Id(field.Name)}", read);
            return;
        }

        writer.Line(ViewContext.Summary(field) + "; the getter throws <c>InvalidDataException</c> on invalid UTF-8, the setter <c>ArgumentException</c> when the text does not fit (it never truncates).</summary>");
        Members.Property(writer, $"public string {Id(field.Name)}", read, $"{Support}.WriteUtf8(value, {bytes}, {fullName})");
    }

    public override string StoreStatement(ResolvedLayout layout, ResolvedField field) =>
        $"{Support}.WriteUtf8(value.{Id(field.Name)}, this.{GeneratedNames.Utf8Bytes(field.Name)}, {ViewContext.FieldDisplayName(layout, field)});";

    public override string StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        $"{Support}.CheckUtf8(value.{Id(field.Name)}, {Text(field.Size)}, {ViewContext.FieldDisplayName(layout, field)});";
}
