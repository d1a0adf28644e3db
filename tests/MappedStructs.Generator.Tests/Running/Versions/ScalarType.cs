using System.Collections.Generic;

namespace MappedStructs.Generator.Tests.Running.Versions;

/// <summary>An integer field type the evolution property draws: its C# keyword, width, and the same-width type of the other signedness.</summary>
internal sealed record ScalarType(string Keyword, int Size, string OtherSignedness)
{
    public static IReadOnlyList<ScalarType> All { get; } =
    [
        new("sbyte", 1, "byte"), new("byte", 1, "sbyte"),
        new("short", 2, "ushort"), new("ushort", 2, "short"),
        new("int", 4, "uint"), new("uint", 4, "int"),
        new("long", 8, "ulong"), new("ulong", 8, "long"),
    ];

    public static ScalarType Named(string keyword) => ((List<ScalarType>)[.. All]).Find(t => t.Keyword == keyword)!;

    /// <summary>The value as a field of this type holds it, widened back to a long (unsigned 64-bit values wrap).</summary>
    public long Normalize(long value) => Keyword switch
    {
        "sbyte" => unchecked((sbyte)value),
        "byte" => unchecked((byte)value),
        "short" => unchecked((short)value),
        "ushort" => unchecked((ushort)value),
        "int" => unchecked((int)value),
        "uint" => unchecked((uint)value),
        _ => value,
    };
}
