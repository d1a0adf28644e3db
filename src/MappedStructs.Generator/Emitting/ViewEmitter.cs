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
        GeneratedMemberNames names = layout.Names;
        string name = view.Name;
        string order = FieldFacts.OrderText(spec.Endian);
        writer.Line(writable
            ? $"/// <summary>A writable, zero-copy view of one <c>{spec.DottedName}</c> record ({Text(layout.Size)} bytes, {order}): each property reads or writes its bytes in place.</summary>"
            : $"/// <summary>A read-only, zero-copy view of one <c>{spec.DottedName}</c> record ({Text(layout.Size)} bytes, {order}): each property reads its bytes in place.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Open($"public readonly ref struct {name}");
        Members.StartField(writer, name, "private", names.StartField, view.PerView ? view.OrderFlag : null, spec.HasAddedFields ? names.RecordLengthField : null, view.HasHeap ? view.HeapField : null);
        writer.Line();
        WriteFromSpan(view, name);
        writer.Line();
        writer.Line(writable
            ? $"/// <summary>Views the record at <paramref name=\"offset\"/> of a writable <paramref name=\"view\"/>{OrderDoc(view)}; the view checks the range once.</summary>"
            : $"/// <summary>Views the record at <paramref name=\"offset\"/> of <paramref name=\"view\"/>{OrderDoc(view)}; the view checks the range once.</summary>");
        writer.Line($"public static {name} {names.From}({MappedView} view, long offset{OrderParameter(view)}) => {names.From}({Support}.{(writable ? "RecordBytes" : "ReadOnlyRecordBytes")}(view, offset, {names.Size}){OrderArgument(view)});");
        if (!view.PerView)
        {
            writer.Line();
            WriteSpanFactories(view);
            writer.Line();
            WriteConversions(writer, names, spec.QualifiedName, writable, RecordLength(view), view.HasHeap);
        }
        else if (writable)
        {
            // Table slots have no conversion: tables refuse a layout whose order is chosen per view (a table file has one).
            writer.Line();
            WriteReadOnlyConversion(writer, names, RecordLength(view));
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

        writer.Line();
        WriteToString(view);
        writer.Close();
    }

    /// <summary>
    /// <c>Span(view, offset, count)</c> and <c>Span(bytes, count)</c>: many consecutive records as one record span, whose
    /// range, count and (for [Atomic] fields) alignment the runtime checks once, when it is made. A layout whose order is
    /// chosen per view gets none: a record span's slots and copies go through the order-less <c>IMappedLayout</c> members.
    /// </summary>
    private static void WriteSpanFactories(ViewContext view)
    {
        IndentedWriter writer = view.Writer;
        ResolvedLayout layout = view.Layout;
        string self = layout.Spec.QualifiedName;
        string span = $"global::MappedStructs.{(view.Writable ? "RecordSpan" : "ReadOnlyRecordSpan")}<{self}>";
        string over = $"{RecordSpans}.{(view.Writable ? "Over" : "OverReadOnly")}<{self}>";
        string checks = $"{Text(layout.AtomicAlignment)}, {Quote(layout.Spec.DottedName)}";
        string kind = view.Writable ? "writable" : "read-only";
        string alignment = layout.HasAtomics ? $" or a record would not start at a multiple of {Text(layout.AtomicAlignment)}" : string.Empty;
        writer.Line($"/// <summary>Views <paramref name=\"count\"/> consecutive records at <paramref name=\"offset\"/> of <paramref name=\"view\"/>, {kind}; throws <c>ArgumentOutOfRangeException</c> when they do not fit in the view{alignment}. Checked once, here.</summary>");
        writer.Line($"public static {span} {view.Names.SpanFactory}({MappedView} view, long offset, long count) => {over}(view, offset, count, {checks});");
        writer.Line();
        writer.Line($"/// <summary>Views the first <paramref name=\"count\"/> records of <paramref name=\"bytes\"/>, {kind}; throws <c>ArgumentOutOfRangeException</c> when they do not fit{alignment}. Checked once, here.</summary>");
        writer.Line($"public static {span} {view.Names.SpanFactory}({view.SpanType}<byte> bytes, int count) => {over}(bytes, count, {checks});");
    }

    /// <summary>
    /// <c>ToString</c> prints the fields as the record struct's does (<c>Trade { Id = 1, Price = 101.5 }</c>, values in the
    /// current culture), into one pooled buffer; each field's part comes from its emitter.
    /// </summary>
    private static void WriteToString(ViewContext view)
    {
        IndentedWriter writer = view.Writer;
        ResolvedLayout layout = view.Layout;
        writer.Line($"/// <summary>The record's fields as its record struct prints them: <c>{layout.Spec.Name} {{ Field = value, ... }}</c>; never throws for the bytes it finds.</summary>");
        writer.Open("public override string ToString()");
        writer.Line($"var text = new {TextHandler}(0, 0);");
        string separator = layout.Spec.Name + " { ";
        foreach (ResolvedField field in layout.Fields)
        {
            writer.Line($"text.AppendLiteral({Quote(separator + field.Name + " = ")});");
            writer.Line(FieldEmitter.For(field).ToStringStatement(layout, field));
            separator = ", ";
        }

        writer.Line($"text.AppendLiteral({Quote(layout.Fields.Count == 0 ? layout.Spec.Name + " { }" : " }")});");
        writer.Line("return text.ToStringAndClear();");
        writer.Close();
    }

    private static void WriteFromSpan(ViewContext view, string name)
    {
        ResolvedLayout layout = view.Layout;
        GeneratedMemberNames names = view.Names;
        string layoutName = Quote(layout.Spec.DottedName);

        // [Atomic] fields need naturally aligned addresses: checked once here, never per access. A layout with fields added
        // in later versions accepts a record of any of its versions (at least version 1's fields) and keeps its length.
        bool versioned = layout.Spec.HasAddedFields;
        string minimum = versioned ? Text(VersionedAccess.MinimumRecordLength(layout)) : names.Size;
        string start = layout.HasAtomics
            ? $"{Support}.AlignedRecordStart(bytes, {minimum}, {Text(layout.AtomicAlignment)}, {layoutName})"
            : $"{Support}.RecordStart(bytes, {minimum}, {layoutName})";
        string order = OrderDoc(view);
        string what = versioned
            ? $"Views the record in <paramref name=\"bytes\"/> (its first <see cref=\"{names.Size}\"/> bytes, or all of a shorter record of an older version: fields added since read as their default there){order}; throws <c>ArgumentException</c> when it has fewer than the {minimum} bytes of version 1"
            : $"Views the first <see cref=\"{names.Size}\"/> bytes of <paramref name=\"bytes\"/>{order}; throws <c>ArgumentException</c> when it is shorter";
        view.Writer.Line(layout.HasAtomics
            ? $"/// <summary>{what} or does not start at a multiple of {Text(layout.AtomicAlignment)} ({(view.HasHeap ? "its heap references are replaced atomically and need" : "its [Atomic] fields need")} aligned addresses){OrderThrows(view)}.</summary>"
            : $"/// <summary>{what}{OrderThrows(view)}.</summary>");
        string flag = view.PerView ? $", {EndianBytes}.IsBigEndian(byteOrder)" : string.Empty;
        string length = versioned ? $", global::System.Math.Min(bytes.Length, {names.Size})" : string.Empty;
        string detached = view.HasHeap ? $", {MappedHeap}.Detached" : string.Empty;
        view.Writer.Line($"public static {name} {names.From}({view.SpanType}<byte> bytes{OrderParameter(view)}) => new {name}(ref {start}{flag}{length}{detached});");
        if (view.HasHeap && !view.PerView)
        {
            // Tables refuse a layout whose order is chosen per view, so only a fixed-order view is ever given a table's heap.
            view.Writer.Line();
            view.Writer.Line($"/// <summary>As <see cref=\"{names.From}({view.SpanType}{{byte}})\"/>, resolving the variable-length fields' references against <paramref name=\"heap\"/> (the heap of the record's table); throws <c>ArgumentNullException</c> when it is null.</summary>");
            view.Writer.Line($"public static {name} {names.From}({view.SpanType}<byte> bytes, {MappedHeap} heap) => new {name}(ref {start}{length}, heap ?? throw new global::System.ArgumentNullException(nameof(heap)));");
        }
    }

    /// <summary>The length of the record a view converts to another view over: its own for a layout with added fields, else <c>Size</c>.</summary>
    private static string RecordLength(ViewContext view) => view.Layout.Spec.HasAddedFields ? "view." + view.Names.RecordLengthField : view.Names.Size;

    private static string OrderDoc(ViewContext view) =>
        view.PerView ? " in <paramref name=\"byteOrder\"/> (<c>Endianness.Little</c> or <c>Endianness.Big</c>)" : string.Empty;

    private static string OrderThrows(ViewContext view) =>
        view.PerView ? ", <c>ArgumentOutOfRangeException</c> when <paramref name=\"byteOrder\"/> is not Little or Big" : string.Empty;

    private static string OrderParameter(ViewContext view) => view.PerView ? $", {Endianness} byteOrder" : string.Empty;

    private static string OrderArgument(ViewContext view) => view.PerView ? ", byteOrder" : string.Empty;

    /// <summary>The conversion of a writable view whose order is chosen per view to a read-only one in the same order.</summary>
    private static void WriteReadOnlyConversion(IndentedWriter writer, GeneratedMemberNames names, string length)
    {
        writer.Line("/// <summary>A read-only view of the same record, in the same byte order.</summary>");
        writer.Line($"public static implicit operator {names.ReadOnlyRef}({names.Ref} view) => {names.ReadOnlyRef}.{names.From}({MemoryMarshal}.CreateReadOnlySpan(ref view.{names.StartField}, {length}), {EndianBytes}.OrderOf(view.{names.BigEndianField}));");
    }

    /// <summary>
    /// The conversions from a table's record slots and from <c>Ref</c> to <c>ReadOnlyRef</c>; a view of a layout with
    /// variable-length fields (<paramref name="heap"/>) passes the slot's heap, or its own, on.
    /// </summary>
    private static void WriteConversions(IndentedWriter writer, GeneratedMemberNames names, string self, bool writable, string length, bool heap)
    {
        string readOnlyRef = names.ReadOnlyRef;
        string recordHeap = heap ? ", record.Heap" : string.Empty;
        string viewHeap = heap ? $", view.{names.HeapField}" : string.Empty;
        if (writable)
        {
            writer.Line("/// <summary>Views a record slot yielded by a table.</summary>");
            writer.Line($"public static implicit operator {names.Ref}(global::MappedStructs.MappedRecord<{self}> record) => {names.From}(record.Bytes{recordHeap});");
            writer.Line();
            writer.Line("/// <summary>A read-only view of the same record.</summary>");
            writer.Line($"public static implicit operator {readOnlyRef}({names.Ref} view) => {readOnlyRef}.{names.From}({MemoryMarshal}.CreateReadOnlySpan(ref view.{names.StartField}, {length}){viewHeap});");
        }
        else
        {
            writer.Line("/// <summary>Views a read-only record slot yielded by a table.</summary>");
            writer.Line($"public static implicit operator {readOnlyRef}(global::MappedStructs.ReadOnlyMappedRecord<{self}> record) => {names.From}(record.Bytes{recordHeap});");
        }
    }
}
