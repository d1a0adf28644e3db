using MappedStructs.Layout;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// One version of one layout as a <c>MappedLayouts.*.txt</c> file records it: the field table a file written by that
/// version holds, which a later declaration must stay compatible with.
/// </summary>
/// <param name="Name">The layout's dotted name (<c>Ns.Outer.Trade</c>), as <c>LayoutSpec.DottedName</c> and table headers spell it.</param>
/// <param name="Version">The layout's <c>Version</c> when it was recorded.</param>
/// <param name="Size">The record size in bytes.</param>
/// <param name="Endian">The byte order, as the file spells it: <c>Little</c>, <c>Big</c> or <c>PerView</c>.</param>
/// <param name="Fields">The fields in offset order.</param>
/// <param name="Line">The 1-based line of the entry's <c>layout</c> line in its file (0 for an entry made from a declaration).</param>
internal sealed record LayoutRecord(string Name, int Version, int Size, string Endian, EquatableArray<LayoutRecordField> Fields, int Line = 0)
{
    /// <summary>Whether <paramref name="other"/> records the same table (the line it was read from aside).</summary>
    public bool SameTable(LayoutRecord other)
        => Name == other.Name && Version == other.Version && Size == other.Size && Endian == other.Endian && Fields == other.Fields;
}
