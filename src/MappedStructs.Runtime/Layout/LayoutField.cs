namespace MappedStructs;

/// <summary>One row of a layout's field table.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Offset">The byte offset from the start of the record.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Kind">How the field is stored.</param>
/// <param name="TypeName">The stored type as written in the layout catalogue (e.g. <c>int64</c>, <c>utf8[16]</c>).</param>
public sealed record LayoutField(string Name, int Offset, int Size, FieldKind Kind, string TypeName);
