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
        GeneratedMemberNames names = layout.Names;
        string self = spec.QualifiedName;
        Members(
            writer,
            ("The record size in bytes.", $"public const int {names.Size} = {Text(layout.Size)};"),
            ("The record alignment in bytes: the largest field alignment.", $"public const int {names.Alignment} = {Text(layout.Alignment)};"),
            ("A stable hash of the byte order and every field's name, type, offset and size.", $"public const ulong {names.Fingerprint} = 0x{layout.Fingerprint.ToString("X16", CultureInfo.InvariantCulture)}UL;"));
        Header(writer, "The byte offset of each field from the start of the record.");
        writer.Open($"public static class {names.Offsets}");
        foreach (ResolvedField field in layout.Fields)
        {
            writer.Line(ViewContext.Summary(field) + ".</summary>");
            writer.Line($"public const int {Id(field.Name)} = {Text(field.Offset)};");
        }

        writer.Close();
        writer.Line();
        Header(writer, "The layout's size, alignment, byte order, fingerprint and field table (in offset order).");
        writer.Line($"public static {LayoutInfo} {names.Layout} {{ get; }} = new {LayoutInfo}(");
        writer.Line($"    {Quote(spec.DottedName)},");
        writer.Line($"    {names.Size},");
        writer.Line($"    {names.Alignment},");
        writer.Line($"    {Endianness}.{spec.Endian},");
        writer.Line($"    {names.Fingerprint},");
        writer.Line($"    new {LayoutField}[]");
        writer.Line("    {");
        foreach (ResolvedField field in layout.Fields.OrderBy(f => f.Offset).ThenBy(f => f.Index))
        {
            writer.Line($"        new {LayoutField}({Quote(field.Name)}, {ViewContext.OffsetOf(names, field)}, {Text(field.Size)}, {FieldKind}.{field.Kind}, {Quote(field.CatalogueName)}){FieldVersioning(field.Spec)},");
        }

        writer.Line(spec.Version == 1 ? "    });" : $"    }}) {{ Version = {Text(spec.Version)} }};");
        writer.Line();
        if (spec.Endian == ByteOrder.PerView)
        {
            WritePerViewCopies(writer, names, spec);
        }
        else
        {
            Members(
                writer,
                ($"Copies a record out of <paramref name=\"source\"/>, which must hold at least <see cref=\"{names.Size}\"/> bytes.", $"public static {self} {names.LoadFrom}({ReadOnlySpan}<byte> source) => {names.ReadOnlyRef}.{names.From}(source).{names.Load}();"),
                ($"Writes <paramref name=\"value\"/> into <paramref name=\"destination\"/>, which must hold at least <see cref=\"{names.Size}\"/> bytes.", $"public static void {names.StoreTo}(in {self} value, {Span}<byte> destination) => {names.Ref}.{names.From}(destination).{names.Store}(in value);"));
        }

        WriteExplicitMappedLayoutMembers(writer, names, self, spec.Endian == ByteOrder.PerView);
        if (layout.HasVariableLengthFields && spec.Endian != ByteOrder.PerView)
        {
            WriteHeapCopies(writer, names, self);
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
    /// The heap-aware copies tables call (<c>IMappedLayout&lt;T&gt;.LoadFrom(source, heap)</c> and <c>StoreTo(value,
    /// destination, heap)</c>), implemented explicitly: user code reads and writes through the views, which hold the heap.
    /// </summary>
    private static void WriteHeapCopies(IndentedWriter writer, GeneratedMemberNames names, string self)
    {
        string contract = $"global::MappedStructs.IMappedLayout<{self}>";
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"static {self} {contract}.{GeneratedNames.LoadFrom}({ReadOnlySpan}<byte> source, {MappedHeap} heap) => {names.ReadOnlyRef}.{names.From}(source, heap).{names.Load}();");
        writer.Line();
        writer.Line(GeneratedCodeAttribute);
        writer.Line($"static void {contract}.{GeneratedNames.StoreTo}(in {self} value, {Span}<byte> destination, {MappedHeap} heap) => {names.Ref}.{names.From}(destination, heap).{names.Store}(in value);");
        writer.Line();
    }

    /// <summary>
    /// Implements explicitly each <c>IMappedLayout&lt;T&gt;</c> member whose short name a user member took, forwarding to
    /// the renamed member, so that generic code (<c>MappedTable&lt;T&gt;</c>, <c>LayoutInfo.Of&lt;T&gt;()</c>) never depends
    /// on the short names; an explicit implementation also wins over a user member of the same signature, which would
    /// otherwise implement the interface. A layout whose short names are free implements them implicitly and gets nothing here.
    /// A per-view layout's copies (<paramref name="perView"/>) are implemented explicitly by <see cref="WritePerViewCopies"/>.
    /// </summary>
    private static void WriteExplicitMappedLayoutMembers(IndentedWriter writer, GeneratedMemberNames names, string self, bool perView)
    {
        string contract = $"global::MappedStructs.IMappedLayout<{self}>";
        if (names.Layout != GeneratedNames.Layout)
        {
            writer.Line(GeneratedCodeAttribute);
            writer.Line($"static {LayoutInfo} {contract}.{GeneratedNames.Layout} => {names.Layout};");
            writer.Line();
        }

        if (perView)
        {
            return;
        }

        if (names.LoadFrom != GeneratedNames.LoadFrom)
        {
            writer.Line(GeneratedCodeAttribute);
            writer.Line($"static {self} {contract}.{GeneratedNames.LoadFrom}({ReadOnlySpan}<byte> source) => {names.LoadFrom}(source);");
            writer.Line();
        }

        if (names.StoreTo != GeneratedNames.StoreTo)
        {
            writer.Line(GeneratedCodeAttribute);
            writer.Line($"static void {contract}.{GeneratedNames.StoreTo}(in {self} value, {Span}<byte> destination) => {names.StoreTo}(in value, destination);");
            writer.Line();
        }
    }

    /// <summary>
    /// The record copies of a layout whose order is chosen per view: public <c>LoadFrom</c>/<c>StoreTo</c> that take the
    /// order, and the order-less <c>IMappedLayout</c> members, implemented explicitly so that generic code calling them
    /// gets a <c>NotSupportedException</c> that says what to call instead, never bytes read in a guessed order.
    /// </summary>
    private static void WritePerViewCopies(IndentedWriter writer, GeneratedMemberNames names, LayoutSpec spec)
    {
        string self = spec.QualifiedName;
        string name = Quote(spec.DottedName);
        string order = "in <paramref name=\"byteOrder\"/> (<c>Endianness.Little</c> or <c>Endianness.Big</c>)";
        string contract = $"global::MappedStructs.IMappedLayout<{self}>";
        Members(
            writer,
            ($"Copies a record {order} out of <paramref name=\"source\"/>, which must hold at least <see cref=\"{names.Size}\"/> bytes.", $"public static {self} {names.LoadFrom}({ReadOnlySpan}<byte> source, {Endianness} byteOrder) => {names.ReadOnlyRef}.{names.From}(source, byteOrder).{names.Load}();"),
            ($"Writes <paramref name=\"value\"/> {order} into <paramref name=\"destination\"/>, which must hold at least <see cref=\"{names.Size}\"/> bytes.", $"public static void {names.StoreTo}(in {self} value, {Span}<byte> destination, {Endianness} byteOrder) => {names.Ref}.{names.From}(destination, byteOrder).{names.Store}(in value);"),
            ($"Throws <c>NotSupportedException</c>: the bytes have no byte order of their own; call <c>{names.LoadFrom}(source, byteOrder)</c>.", $"static {self} {contract}.{GeneratedNames.LoadFrom}({ReadOnlySpan}<byte> source) => throw {EndianBytes}.ByteOrderRequired({name}, {Quote(GeneratedNames.LoadFrom)});"),
            ($"Throws <c>NotSupportedException</c>: the bytes have no byte order of their own; call <c>{names.StoreTo}(value, destination, byteOrder)</c>.", $"static void {contract}.{GeneratedNames.StoreTo}(in {self} value, {Span}<byte> destination) => throw {EndianBytes}.ByteOrderRequired({name}, {Quote(GeneratedNames.StoreTo)});"));
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

    /// <summary>The initializer of a field row's versioning (<c> { Since = 2 }</c>), empty for a field of version 1 in use and never renamed.</summary>
    private static string FieldVersioning(FieldSpec field)
    {
        var settings = new System.Collections.Generic.List<string>();
        if (field.Since != 1)
        {
            settings.Add("Since = " + Text(field.Since));
        }

        if (field.IsDeprecated)
        {
            settings.Add("Deprecated = " + Text(field.Deprecated));
        }

        if (field.FormerNames.Count > 0)
        {
            settings.Add("FormerNames = new string[] { " + string.Join(", ", field.FormerNames.Select(Quote)) + " }");
        }

        return settings.Count == 0 ? string.Empty : " { " + string.Join(", ", settings) + " }";
    }
}
