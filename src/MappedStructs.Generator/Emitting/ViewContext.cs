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

    /// <summary>Whether the view's byte order is chosen when it is made (<c>Endianness.PerView</c>): the view holds it.</summary>
    public bool PerView => Order == ByteOrder.PerView;

    /// <summary>
    /// The extra constructor argument of an element view made by this view: its own flag (<c>, _bigEndian</c>) when the
    /// order is chosen per view, nothing otherwise.
    /// </summary>
    public string ElementViewOrder => PerView ? ", " + GeneratedNames.BigEndianField : string.Empty;

    /// <summary>
    /// The <c>Endianness</c> a nested view of <paramref name="field"/> is made with, from a view (or element view) that
    /// holds the flag; null when the nested layout has a fixed order of its own.
    /// </summary>
    public static string? NestedOrder(ResolvedField field) => field.NestedPerView ? $"{EndianBytes}.OrderOf({GeneratedNames.BigEndianField})" : null;

    /// <summary>The view's name in messages: <c>Trade.Ref</c>.</summary>
    public string DisplayName => Layout.Spec.DottedName + "." + (Writable ? GeneratedNames.Ref : GeneratedNames.ReadOnlyRef);

    /// <summary><c>Span</c> or <c>ReadOnlySpan</c>, fully qualified.</summary>
    public string SpanType => Writable ? Span : ReadOnlySpan;

    /// <summary><c>CreateSpan</c> or <c>CreateReadOnlySpan</c>.</summary>
    public string CreateSpan => Writable ? "CreateSpan" : "CreateReadOnlySpan";

    /// <summary>
    /// The view's first byte as a <c>ref</c> argument for <paramref name="field"/>'s members, checked for a default view
    /// when the field reaches past the first page. Nested and element views are checked here too: they start at
    /// <c>_start</c> plus the offset, which is not null, so their own checks could not see that this view wraps no memory.
    /// </summary>
    public string Start(ResolvedField field) => DefaultViewCheck.Start(DefaultViewCheck.Needed(field.Offset, field.Size), DisplayName);

    /// <summary>The ref expression for the field's first byte: <c>Unsafe.Add(ref _start, Offsets.Name)</c>.</summary>
    public string FieldStart(ResolvedField field) => $"{Unsafe}.Add({Start(field)}, {OffsetOf(field)})";

    /// <summary>The opening of the field's summary: <c>/// &lt;summary&gt;&lt;c&gt;Id&lt;/c&gt;: int64 at offset 0, 8 bytes</c>.</summary>
    public static string Summary(ResolvedField field) =>
        $"/// <summary><c>{field.Name}</c>: {field.CatalogueName} at offset {Text(field.Offset)}, {ByteCount(field.Size)}";

    /// <summary>The field's offset constant: <c>Offsets.Id</c>.</summary>
    public static string OffsetOf(ResolvedField field) => GeneratedNames.Offsets + "." + Id(field.Name);

    /// <summary>The field's name in messages, as a literal: <c>"Trade.Symbol"</c>.</summary>
    public static string FieldDisplayName(ResolvedLayout layout, ResolvedField field) => Quote(layout.Spec.Name + "." + field.Name);
}
