using System.Globalization;
using System.Linq;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>Writes the layout's constants, offsets, <c>LayoutInfo</c> and the static <c>IMappedLayout</c> members.</summary>
internal static class MetadataEmitter
{
    public static void Write(IndentedWriter writer, ResolvedLayout layout)
    {
        LayoutSpec spec = layout.Spec;
        string self = spec.QualifiedName;
        Members(
            writer,
            ("The record size in bytes.", $"public const int Size = {Text(layout.Size)};"),
            ("The record alignment in bytes: the largest field alignment.", $"public const int Alignment = {Text(layout.Alignment)};"),
            ("A stable hash of the byte order and every field's name, type, offset and size.", $"public const ulong Fingerprint = 0x{layout.Fingerprint.ToString("X16", CultureInfo.InvariantCulture)}UL;"));
        Header(writer, "The byte offset of each field from the start of the record.");
        writer.Open("public static class Offsets");
        foreach (ResolvedField field in layout.Fields)
        {
            writer.Line(ViewContext.Summary(field) + ".</summary>");
            writer.Line($"public const int {Id(field.Name)} = {Text(field.Offset)};");
        }

        writer.Close();
        writer.Line();
        Header(writer, "The layout's size, alignment, byte order, fingerprint and field table (in offset order).");
        writer.Line($"public static {LayoutInfo} Layout {{ get; }} = new {LayoutInfo}(");
        writer.Line($"    {Quote(spec.DottedName)},");
        writer.Line("    Size,");
        writer.Line("    Alignment,");
        writer.Line($"    {Endianness}.{spec.Endian},");
        writer.Line("    Fingerprint,");
        writer.Line($"    new {LayoutField}[]");
        writer.Line("    {");
        foreach (ResolvedField field in layout.Fields.OrderBy(f => f.Offset).ThenBy(f => f.Index))
        {
            writer.Line($"        new {LayoutField}({Quote(field.Name)}, {ViewContext.OffsetOf(field)}, {Text(field.Size)}, {FieldKind}.{field.Kind}, {Quote(field.CatalogueName)}),");
        }

        writer.Line("    });");
        writer.Line();
        if (spec.Endian == ByteOrder.PerView)
        {
            WritePerViewCopies(writer, spec);
        }
        else
        {
            Members(
                writer,
                ("Copies a record out of <paramref name=\"source\"/>, which must hold at least <see cref=\"Size\"/> bytes.", $"public static {self} LoadFrom({ReadOnlySpan}<byte> source) => ReadOnlyRef.From(source).Load();"),
                ("Writes <paramref name=\"value\"/> into <paramref name=\"destination\"/>, which must hold at least <see cref=\"Size\"/> bytes.", $"public static void StoreTo(in {self} value, {Span}<byte> destination) => Ref.From(destination).Store(in value);"));
        }

        writer.Line(GeneratedCodeAttribute);
        writer.Open($"static void {StoreValidation}<{self}>.ValidateForStore(in {self} value)");
        foreach (string check in RecordCopyEmitter.StoreChecks(layout))
        {
            writer.Line(check);
        }

        writer.Close();
    }

    /// <summary>
    /// The record copies of a layout whose order is chosen per view: public <c>LoadFrom</c>/<c>StoreTo</c> that take the
    /// order, and the order-less <c>IMappedLayout</c> members, implemented explicitly so that generic code calling them
    /// gets a <c>NotSupportedException</c> that says what to call instead, never bytes read in a guessed order.
    /// </summary>
    private static void WritePerViewCopies(IndentedWriter writer, LayoutSpec spec)
    {
        string self = spec.QualifiedName;
        string name = Quote(spec.DottedName);
        string order = "in <paramref name=\"byteOrder\"/> (<c>Endianness.Little</c> or <c>Endianness.Big</c>)";
        Members(
            writer,
            ($"Copies a record {order} out of <paramref name=\"source\"/>, which must hold at least <see cref=\"Size\"/> bytes.", $"public static {self} LoadFrom({ReadOnlySpan}<byte> source, {Endianness} byteOrder) => ReadOnlyRef.From(source, byteOrder).Load();"),
            ($"Writes <paramref name=\"value\"/> {order} into <paramref name=\"destination\"/>, which must hold at least <see cref=\"Size\"/> bytes.", $"public static void StoreTo(in {self} value, {Span}<byte> destination, {Endianness} byteOrder) => Ref.From(destination, byteOrder).Store(in value);"),
            ("Throws <c>NotSupportedException</c>: the bytes have no byte order of their own; call <c>LoadFrom(source, byteOrder)</c>.", $"static {self} global::MappedStructs.IMappedLayout<{self}>.LoadFrom({ReadOnlySpan}<byte> source) => throw {EndianBytes}.ByteOrderRequired({name}, {Quote(GeneratedNames.LoadFrom)});"),
            ("Throws <c>NotSupportedException</c>: the bytes have no byte order of their own; call <c>StoreTo(value, destination, byteOrder)</c>.", $"static void global::MappedStructs.IMappedLayout<{self}>.StoreTo(in {self} value, {Span}<byte> destination) => throw {EndianBytes}.ByteOrderRequired({name}, {Quote(GeneratedNames.StoreTo)});"));
    }

    /// <summary>Writes one-line members, each with its summary and <c>[GeneratedCode]</c>, and a blank line after each.</summary>
    private static void Members(IndentedWriter writer, params (string Summary, string Declaration)[] members)
    {
        foreach ((string summary, string declaration) in members)
        {
            Header(writer, summary);
            writer.Line(declaration);
            writer.Line();
        }
    }

    /// <summary>Writes a generated member's summary and its <c>[GeneratedCode]</c> attribute.</summary>
    private static void Header(IndentedWriter writer, string summary)
    {
        writer.Line($"/// <summary>{summary}</summary>");
        writer.Line(GeneratedCodeAttribute);
    }
}
