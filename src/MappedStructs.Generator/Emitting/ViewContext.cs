using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>What a field emitter needs to know about the view it writes into: <c>Ref</c> (writable) or <c>ReadOnlyRef</c>.</summary>
internal sealed class ViewContext(IndentedWriter writer, ResolvedLayout layout, bool writable)
{
    public IndentedWriter Writer { get; } = writer;

    public ResolvedLayout Layout { get; } = layout;

    public bool Writable { get; } = writable;

    public ByteOrder Order => Layout.Spec.Endian;

    /// <summary>The names of the layout's generated members (<c>Size</c>, <c>Offsets</c>, <c>Load</c>...), as the layout gets them.</summary>
    public GeneratedMemberNames Names => Layout.Names;

    /// <summary>The view's own name: <c>Ref</c> or <c>ReadOnlyRef</c>.</summary>
    public string Name => Writable ? Names.Ref : Names.ReadOnlyRef;

    /// <summary>Whether the view's byte order is chosen when it is made (<c>Endianness.PerView</c>): the view holds it.</summary>
    public bool PerView => Order == ByteOrder.PerView;

    /// <summary>Whether the view holds a heap (<c>_heap</c>): its layout has variable-length fields.</summary>
    public bool HasHeap => Layout.HasVariableLengthFields;

    /// <summary>The view's heap field as the layout names it (<c>_heap</c>); emitted only when <see cref="HasHeap"/>.</summary>
    public string HeapField => Names.HeapField;

    /// <summary>The view's byte-order flag as the layout names it (<c>_bigEndian</c>); emitted only when <see cref="PerView"/>.</summary>
    public string OrderFlag => Names.BigEndianField;

    /// <summary>
    /// The extra constructor argument of an element view made by this view: its own flag (<c>, _bigEndian</c>) when the
    /// order is chosen per view, nothing otherwise.
    /// </summary>
    public string ElementViewOrder => PerView ? ", " + OrderFlag : string.Empty;

    /// <summary>
    /// The <c>Endianness</c> a nested view of <paramref name="field"/> is made with, from a view (or element view) that
    /// holds the flag <paramref name="orderFlag"/>; null when the nested layout has a fixed order of its own.
    /// </summary>
    public static string? NestedOrder(ResolvedField field, string orderFlag) => field.NestedPerView ? $"{EndianBytes}.OrderOf({orderFlag})" : null;

    /// <summary>The view's name in messages: <c>Trade.Ref</c>.</summary>
    public string DisplayName => Layout.Spec.DottedName + "." + Name;

    /// <summary><c>Span</c> or <c>ReadOnlySpan</c>, fully qualified.</summary>
    public string SpanType => Writable ? Span : ReadOnlySpan;

    /// <summary><c>CreateSpan</c> or <c>CreateReadOnlySpan</c>.</summary>
    public string CreateSpan => Writable ? "CreateSpan" : "CreateReadOnlySpan";

    /// <summary>
    /// The view's first byte as a <c>ref</c> argument for <paramref name="field"/>'s members, checked for a default view
    /// when the field reaches past the first page. Nested and element views are checked here too: they start at
    /// <c>_start</c> plus the offset, which is not null, so their own checks could not see that this view wraps no memory.
    /// </summary>
    public string Start(ResolvedField field) => DefaultViewCheck.Start(DefaultViewCheck.Needed(field.Offset, field.Size), DisplayName, Names.StartField);

    /// <summary>The ref expression for the field's first byte: <c>Unsafe.Add(ref _start, Offsets.Name)</c>.</summary>
    public string FieldStart(ResolvedField field) => $"{Unsafe}.Add({Start(field)}, {OffsetOf(field)})";

    /// <summary>The opening of the field's summary: <c>/// &lt;summary&gt;&lt;c&gt;Id&lt;/c&gt;: int64 at offset 0, 8 bytes</c>.</summary>
    public static string Summary(ResolvedField field) =>
        $"/// <summary><c>{field.Name}</c>: {field.CatalogueName} at offset {Text(field.Offset)}, {ByteCount(field.Size)}";

    /// <summary>The field's offset constant: <c>Offsets.Id</c>.</summary>
    public string OffsetOf(ResolvedField field) => OffsetOf(Names, field);

    /// <summary>The field's offset constant in a layout with <paramref name="names"/>: <c>Offsets.Id</c>.</summary>
    public static string OffsetOf(GeneratedMemberNames names, ResolvedField field) => names.Offsets + "." + Id(field.Name);

    /// <summary>The names derived from <paramref name="field"/> (its element views, raw bytes, atomic methods).</summary>
    public FieldMemberNames FieldNames(ResolvedField field) => Names.Field(field.Index);

    /// <summary>The field's name in messages, as a literal: <c>"Trade.Symbol"</c>.</summary>
    public static string FieldDisplayName(ResolvedLayout layout, ResolvedField field) => Quote(layout.Spec.Name + "." + field.Name);
}
