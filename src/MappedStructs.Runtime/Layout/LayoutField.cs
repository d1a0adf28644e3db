using System.Collections.Generic;

namespace MappedStructs;

/// <summary>One row of a layout's field table.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Offset">The byte offset from the start of the record.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Kind">How the field is stored.</param>
/// <param name="TypeName">The stored type as written in the layout catalogue (e.g. <c>int64</c>, <c>utf8[16]</c>).</param>
public sealed record LayoutField(string Name, int Offset, int Size, FieldKind Kind, string TypeName)
{
    /// <summary>The layout version that added the field (<see cref="FieldAttribute.Since"/>); 1 by default.</summary>
    public int Since { get; init; } = 1;

    /// <summary>The layout version that deprecated the field (<see cref="FieldAttribute.Deprecated"/>), or 0 while it is in use.</summary>
    public int Deprecated { get; init; }

    /// <summary>The names the field had before (<see cref="FormerNameAttribute"/>), matched like its name when a table file of another version is opened.</summary>
    public IReadOnlyList<string> FormerNames { get; init; } = [];
}
