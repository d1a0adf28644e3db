using MappedStructs.Generator.Emitting.Fields;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Writes <c>Ref</c> (writable) or <c>ReadOnlyRef</c>: a <c>ref struct</c> holding one <c>ref byte</c> to the record's first
/// byte, created with one bounds check, whose properties read and write the record's bytes in place. Each field's members
/// come from its kind's <see cref="FieldEmitter"/>.
/// </summary>
internal static class ViewEmitter
{
    public static void Write(IndentedWriter writer, ResolvedLayout layout, bool writable)
    {
        LayoutSpec spec = layout.Spec;
        var view = new ViewContext(writer, layout, writable);
        string name = writable ? GeneratedNames.Ref : GeneratedNames.ReadOnlyRef;
        string order = FieldFacts.OrderText(spec.Endian);
        writer.Line(writable
            ? $"/// <summary>A writable, zero-copy view of one <c>{spec.DottedName}</c> record ({Text(layout.Size)} bytes, {order}): each property reads or writes its bytes in place.</summary>"
            : $"/// <summary>A read-only, zero-copy view of one <c>{spec.DottedName}</c> record ({Text(layout.Size)} bytes, {order}): each property reads its bytes in place.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Open($"public readonly ref struct {name}");
        Members.StartField(writer, name, "private", view.PerView);
        writer.Line();
        WriteFromSpan(view, name);
        writer.Line();
        writer.Line(writable
            ? $"/// <summary>Views the record at <paramref name=\"offset\"/> of a writable <paramref name=\"view\"/>{OrderDoc(view)}; the view checks the range once.</summary>"
            : $"/// <summary>Views the record at <paramref name=\"offset\"/> of <paramref name=\"view\"/>{OrderDoc(view)}; the view checks the range once.</summary>");
        writer.Line($"public static {name} From({MappedView} view, long offset{OrderParameter(view)}) => From({Support}.{(writable ? "RecordBytes" : "ReadOnlyRecordBytes")}(view, offset, Size){OrderArgument(view)});");
        if (!view.PerView)
        {
            writer.Line();
            WriteConversions(writer, spec.QualifiedName, writable);
        }
        else if (writable)
        {
            // Table slots have no conversion: tables refuse a layout whose order is chosen per view (a table file has one).
            writer.Line();
            WriteReadOnlyConversion(writer);
        }

        foreach (ResolvedField field in layout.Fields)
        {
            writer.Line();
            FieldEmitter.For(field).WriteViewMembers(view, field);
        }

        writer.Line();
        RecordCopyEmitter.WriteLoad(view);
        if (writable)
        {
            writer.Line();
            RecordCopyEmitter.WriteStore(view);
        }

        writer.Close();
    }

    private static void WriteFromSpan(ViewContext view, string name)
    {
        ResolvedLayout layout = view.Layout;
        string layoutName = Quote(layout.Spec.DottedName);

        // [Atomic] fields need naturally aligned addresses: checked once here, never per access.
        string start = layout.HasAtomics
            ? $"{Support}.AlignedRecordStart(bytes, Size, {Text(layout.AtomicAlignment)}, {layoutName})"
            : $"{Support}.RecordStart(bytes, Size, {layoutName})";
        string order = OrderDoc(view);
        view.Writer.Line(layout.HasAtomics
            ? $"/// <summary>Views the first <see cref=\"Size\"/> bytes of <paramref name=\"bytes\"/>{order}; throws <c>ArgumentException</c> when it is shorter or does not start at a multiple of {Text(layout.AtomicAlignment)} (its [Atomic] fields need aligned addresses){OrderThrows(view)}.</summary>"
            : $"/// <summary>Views the first <see cref=\"Size\"/> bytes of <paramref name=\"bytes\"/>{order}; throws <c>ArgumentException</c> when it is shorter{OrderThrows(view)}.</summary>");
        string flag = view.PerView ? $", {EndianBytes}.IsBigEndian(byteOrder)" : string.Empty;
        view.Writer.Line($"public static {name} From({view.SpanType}<byte> bytes{OrderParameter(view)}) => new {name}(ref {start}{flag});");
    }

    private static string OrderDoc(ViewContext view) =>
        view.PerView ? " in <paramref name=\"byteOrder\"/> (<c>Endianness.Little</c> or <c>Endianness.Big</c>)" : string.Empty;

    private static string OrderThrows(ViewContext view) =>
        view.PerView ? ", <c>ArgumentOutOfRangeException</c> when <paramref name=\"byteOrder\"/> is not Little or Big" : string.Empty;

    private static string OrderParameter(ViewContext view) => view.PerView ? $", {Endianness} byteOrder" : string.Empty;

    private static string OrderArgument(ViewContext view) => view.PerView ? ", byteOrder" : string.Empty;

    /// <summary>The conversion of a writable view whose order is chosen per view to a read-only one in the same order.</summary>
    private static void WriteReadOnlyConversion(IndentedWriter writer)
    {
        writer.Line("/// <summary>A read-only view of the same record, in the same byte order.</summary>");
        writer.Line($"public static implicit operator ReadOnlyRef(Ref view) => ReadOnlyRef.From({MemoryMarshal}.CreateReadOnlySpan(ref view._start, Size), {EndianBytes}.OrderOf(view.{GeneratedNames.BigEndianField}));");
    }

    private static void WriteConversions(IndentedWriter writer, string self, bool writable)
    {
        if (writable)
        {
            writer.Line("/// <summary>Views a record slot yielded by a table.</summary>");
            writer.Line($"public static implicit operator Ref(global::MappedStructs.MappedRecord<{self}> record) => From(record.Bytes);");
            writer.Line();
            writer.Line("/// <summary>A read-only view of the same record.</summary>");
            writer.Line($"public static implicit operator ReadOnlyRef(Ref view) => ReadOnlyRef.From({MemoryMarshal}.CreateReadOnlySpan(ref view._start, Size));");
        }
        else
        {
            writer.Line("/// <summary>Views a read-only record slot yielded by a table.</summary>");
            writer.Line($"public static implicit operator ReadOnlyRef(global::MappedStructs.ReadOnlyMappedRecord<{self}> record) => From(record.Bytes);");
        }
    }
}
