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
        writer.Line("/// <summary>The record size in bytes.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"public const int Size = {Text(layout.Size)};");
        writer.Line();
        writer.Line("/// <summary>The record alignment in bytes: the largest field alignment.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"public const int Alignment = {Text(layout.Alignment)};");
        writer.Line();
        writer.Line("/// <summary>A stable hash of the byte order and every field's name, type, offset and size.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"public const ulong Fingerprint = 0x{layout.Fingerprint.ToString("X16", CultureInfo.InvariantCulture)}UL;");
        writer.Line();
        writer.Line("/// <summary>The byte offset of each field from the start of the record.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Open("public static class Offsets");
        foreach (ResolvedField field in layout.Fields)
        {
            writer.Line($"/// <summary><c>{field.Name}</c>: {field.CatalogueName} at offset {Text(field.Offset)}, {ByteCount(field.Size)}.</summary>");
            writer.Line($"public const int {Id(field.Name)} = {Text(field.Offset)};");
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The layout's size, alignment, byte order, fingerprint and field table (in offset order).</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"public static {LayoutInfo} Layout {{ get; }} = new {LayoutInfo}(");
        writer.Line($"    {Quote(spec.DottedName)},");
        writer.Line("    Size,");
        writer.Line("    Alignment,");
        writer.Line($"    {Endianness}.{(spec.Endian == ByteOrder.Big ? "Big" : "Little")},");
        writer.Line("    Fingerprint,");
        writer.Line($"    new {LayoutField}[]");
        writer.Line("    {");
        foreach (ResolvedField field in layout.Fields.OrderBy(f => f.Offset).ThenBy(f => f.Index))
        {
            writer.Line($"        new {LayoutField}({Quote(field.Name)}, Offsets.{Id(field.Name)}, {Text(field.Size)}, {FieldKind}.{field.Kind}, {Quote(field.CatalogueName)}),");
        }

        writer.Line("    });");
        writer.Line();
        writer.Line("/// <summary>Copies a record out of <paramref name=\"source\"/>, which must hold at least <see cref=\"Size\"/> bytes.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"public static {self} LoadFrom({ReadOnlySpan}<byte> source) => ReadOnlyRef.From(source).Load();");
        writer.Line();
        writer.Line("/// <summary>Writes <paramref name=\"value\"/> into <paramref name=\"destination\"/>, which must hold at least <see cref=\"Size\"/> bytes.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"public static void StoreTo(in {self} value, {Span}<byte> destination) => Ref.From(destination).Store(in value);");
        writer.Line();
        writer.Line(GeneratedCodeAttribute);
        writer.Open($"static void {StoreValidation}<{self}>.ValidateForStore(in {self} value)");
        foreach (string check in RecordCopyEmitter.StoreChecks(layout))
        {
            writer.Line(check);
        }

        writer.Close();
    }
}
