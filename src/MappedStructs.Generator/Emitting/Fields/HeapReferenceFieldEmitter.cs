using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// What every variable-length field's views share: the record holds an 8-byte heap reference (one word in the layout's
/// byte order), which the views resolve against the heap they were made with (<c>_heap</c>: the table's, or
/// <c>MappedHeap.Detached</c> over raw bytes) through one <c>HeapFields</c> call per read. A setter appends the new value
/// first and then replaces the word with one aligned atomic store, so a reader sees the old or the new reference whole.
/// Each kind's subclass says what its value is, how it reads, appends and copies.
/// </summary>
internal abstract class HeapReferenceFieldEmitter : FieldEmitter
{
    private const string HeapReferenceType = "global::MappedStructs.HeapReference";

    /// <summary>What the referenced heap bytes hold, for the summary (<c>UTF-8 text</c>).</summary>
    protected abstract string ValueDescription(ResolvedField field);

    /// <summary>The value members after the reference (<c>MessageBytes</c>, <c>Message</c>), by shape.</summary>
    protected abstract IReadOnlyList<ViewMember> ValueMembers(ResolvedLayout layout, ResolvedField field, bool writable);

    /// <summary>Writes the value members; <paramref name="word"/> reads the reference word in host order.</summary>
    protected abstract void WriteValueMembers(ViewContext view, ResolvedField field, string word);

    /// <summary>The expression appending <c>value</c>'s field to <paramref name="heap"/> and returning its word (<c>HeapFields.AppendText(_heap, value.Message, "LogEntry.Message")</c>).</summary>
    protected abstract string AppendValue(ViewContext view, ResolvedField field, string heap);

    /// <summary>Whether <c>value</c>'s field is empty (takes no heap bytes).</summary>
    protected abstract string ValueIsEmpty(ResolvedField field);

    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        string word = Word(view, field);
        view.Writer.Line($"/// <summary>Where the {ValueDescription(field)} of <c>{field.Name}</c> lies in its table's heap (the record's 8-byte reference).</summary>");
        view.Writer.Line($"{ViewMembers(view.Layout, field, view.Writable)[0].Signature} => new {HeapReferenceType}({word});");
        WriteValueMembers(view, field, word);
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember(HeapReferenceType, layout.Names.Field(field.Index).Reference), .. ValueMembers(layout, field, writable)];

    /// <summary>Blobs and arrays print their reference (offset and length): their bytes are not text, and may be megabytes.</summary>
    public override string ToStringStatement(ResolvedLayout layout, ResolvedField field) =>
        $"text.AppendFormatted(this.{Id(layout.Names.Field(field.Index).Reference)});";

    public override string StoreStatement(ResolvedLayout layout, ResolvedField field) =>
        $"// {field.Name}'s reference is written by the view's Store, after its value is appended.";

    /// <summary>Writes the word <c>Store</c> appended first (<see cref="AppendStatement"/>), with one atomic store, where the record holds the field.</summary>
    public override string StoreStatement(ViewContext view, ResolvedField field)
    {
        string store = WriteWord(view, field, "ref " + view.Names.StartField, WordLocal(field)) + ";";
        return VersionedAccess.IsAdded(field) ? VersionedAccess.GuardedStore(view, field, store) : store;
    }

    /// <summary>
    /// The statement <c>Store</c> runs after its checks and before its first write: appends the value and keeps its word
    /// (through a view over raw bytes, a non-empty value throws there, so nothing is written).
    /// </summary>
    public string AppendStatement(ViewContext view, ResolvedField field) =>
        $"ulong {WordLocal(field)} = {AppendValue(view, field, view.HeapField)};";

    /// <summary>The check <c>Store</c> runs for a field added in a later version: a record of an older version cannot keep a value.</summary>
    public string AddedStoreCheck(ViewContext view, ResolvedField field)
    {
        string length = view.Names.RecordLengthField;
        return $"if ({length} < {Text(field.End)} && !({ValueIsEmpty(field)})) global::MappedStructs.VersionedFields.ThrowNotInRecord({ViewContext.FieldDisplayName(view.Layout, field)}, {Text(field.Spec.Since)}, {length});";
    }

    /// <summary>
    /// The reference word in host order, read in the layout's byte order; a field added in a later version reads 0 (the
    /// empty value) where the view's record ends before it.
    /// </summary>
    protected static string Word(ViewContext view, ResolvedField field)
    {
        string read = ScalarCode.Read(FieldType.ForScalar(ScalarType.UInt64), view.Order, view.OrderFlag, view.Start(field), view.OffsetOf(field));
        return VersionedAccess.IsAdded(field) ? $"({VersionedAccess.InRecord(view, field)} ? {read} : 0UL)" : read;
    }

    /// <summary>The setter: appends <paramref name="append"/> (which uses <c>value</c>), then stores its word atomically; refused where an older record lacks the field.</summary>
    protected static string Setter(ViewContext view, ResolvedField field, string append) =>
        WriteWord(view, field, VersionedAccess.WriteStart(view, field, view.Start(field)), append);

    /// <summary>The arguments a <c>HeapFields</c> read takes after the heap: <c>word, ref _start, "LogEntry.Message"</c>.</summary>
    protected static string ReadArguments(ViewContext view, ResolvedField field, string word) =>
        $"{view.HeapField}, {word}, {view.Start(field)}, {ViewContext.FieldDisplayName(view.Layout, field)}";

    /// <summary>The layout's byte order as the <c>bigEndian</c> argument of the element helpers: a literal, or the view's flag.</summary>
    protected static string BigEndianArgument(ViewContext view) => view.Order switch
    {
        ByteOrder.Big => "true",
        ByteOrder.PerView => view.OrderFlag,
        _ => "false",
    };

    private static string WriteWord(ViewContext view, ResolvedField field, string start, string word) =>
        ScalarCode.Atomic("Write", FieldType.ForScalar(ScalarType.UInt64), view.Order, view.OrderFlag, start, view.OffsetOf(field), word);

    private static string WordLocal(ResolvedField field) => "heapWord" + Text(field.Index);
}
