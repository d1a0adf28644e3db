namespace MappedStructs.Layout;

/// <summary>A layout's field table at one version: what the compatibility rules compare.</summary>
/// <param name="Version">The layout's version.</param>
/// <param name="RecordSize">The record's size in bytes (a table's stride, SBE's block length).</param>
/// <param name="Fields">The fields, in any order.</param>
internal sealed record LayoutFieldTable(int Version, long RecordSize, EquatableArray<LayoutFieldRow> Fields);
