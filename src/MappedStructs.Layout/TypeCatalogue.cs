using System;
using System.Collections.Generic;

namespace MappedStructs.Layout;

/// <summary>
/// The single source of truth for which .NET types a layout field may have, with their sizes, alignments and byte-order handling.
/// <c>DateTime</c> and <c>TimeSpan</c> are stored as their 64-bit tick count (a <c>DateTime</c>'s <c>Kind</c> is not stored);
/// <c>bool</c> is one byte, 0 or 1 (any non-zero byte reads as true); <c>char</c> is one UTF-16 code unit.
/// <c>nint</c>, <c>nuint</c> and <c>decimal</c> are not supported: the first two change size with the process, and <c>decimal</c> has no portable binary form.
/// </summary>
internal static class TypeCatalogue
{
    private static readonly ScalarInfo[] s_rows =
    [
        new(ScalarType.Bool, "bool", "bool", 1, 1, ByteOrderHandling.SingleByte, "byte", false, false),
        new(ScalarType.Byte, "uint8", "byte", 1, 1, ByteOrderHandling.SingleByte, "byte", false, true),
        new(ScalarType.SByte, "int8", "sbyte", 1, 1, ByteOrderHandling.SingleByte, "sbyte", false, true),
        new(ScalarType.Int16, "int16", "short", 2, 2, ByteOrderHandling.Integer, "short", false, true),
        new(ScalarType.UInt16, "uint16", "ushort", 2, 2, ByteOrderHandling.Integer, "ushort", false, true),
        new(ScalarType.Int32, "int32", "int", 4, 4, ByteOrderHandling.Integer, "int", true, true),
        new(ScalarType.UInt32, "uint32", "uint", 4, 4, ByteOrderHandling.Integer, "uint", true, true),
        new(ScalarType.Int64, "int64", "long", 8, 8, ByteOrderHandling.Integer, "long", true, true),
        new(ScalarType.UInt64, "uint64", "ulong", 8, 8, ByteOrderHandling.Integer, "ulong", true, true),
        new(ScalarType.Int128, "int128", "global::System.Int128", 16, 16, ByteOrderHandling.Integer, "global::System.Int128", false, true),
        new(ScalarType.UInt128, "uint128", "global::System.UInt128", 16, 16, ByteOrderHandling.Integer, "global::System.UInt128", false, true),
        new(ScalarType.Char, "char", "char", 2, 2, ByteOrderHandling.Bits, "ushort", false, true),
        new(ScalarType.Half, "float16", "global::System.Half", 2, 2, ByteOrderHandling.Bits, "ushort", false, true),
        new(ScalarType.Single, "float32", "float", 4, 4, ByteOrderHandling.Bits, "uint", false, true),
        new(ScalarType.Double, "float64", "double", 8, 8, ByteOrderHandling.Bits, "ulong", false, true),
        new(ScalarType.Guid, "guid", "global::System.Guid", 16, 4, ByteOrderHandling.Guid, "global::System.Guid", false, false),
        new(ScalarType.DateTime, "datetime", "global::System.DateTime", 8, 8, ByteOrderHandling.Bits, "long", false, false),
        new(ScalarType.TimeSpan, "timespan", "global::System.TimeSpan", 8, 8, ByteOrderHandling.Bits, "long", false, false),
    ];

    /// <summary>
    /// Scalars that an attribute selects on a wider .NET type (<c>[Int24] int</c>, <c>[UInt24] uint</c>), so no .NET type
    /// names them: three bytes, alignment 1 (the formats that use them pack them), never atomic, never a span.
    /// </summary>
    private static readonly ScalarInfo[] s_attributeRows =
    [
        new(ScalarType.Int24, "int24", "int", 3, 1, ByteOrderHandling.ThreeBytes, "int", false, false),
        new(ScalarType.UInt24, "uint24", "uint", 3, 1, ByteOrderHandling.ThreeBytes, "uint", false, false),
    ];

    private static readonly Dictionary<string, ScalarType> s_byMetadataName = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = ScalarType.Bool,
        ["System.Byte"] = ScalarType.Byte,
        ["System.SByte"] = ScalarType.SByte,
        ["System.Int16"] = ScalarType.Int16,
        ["System.UInt16"] = ScalarType.UInt16,
        ["System.Int32"] = ScalarType.Int32,
        ["System.UInt32"] = ScalarType.UInt32,
        ["System.Int64"] = ScalarType.Int64,
        ["System.UInt64"] = ScalarType.UInt64,
        ["System.Int128"] = ScalarType.Int128,
        ["System.UInt128"] = ScalarType.UInt128,
        ["System.Char"] = ScalarType.Char,
        ["System.Half"] = ScalarType.Half,
        ["System.Single"] = ScalarType.Single,
        ["System.Double"] = ScalarType.Double,
        ["System.Guid"] = ScalarType.Guid,
        ["System.DateTime"] = ScalarType.DateTime,
        ["System.TimeSpan"] = ScalarType.TimeSpan,
    };

    /// <summary>Every scalar a .NET type names, in catalogue order (the attribute-selected ones are <see cref="AttributeSelected"/>).</summary>
    public static IReadOnlyList<ScalarInfo> All => s_rows;

    /// <summary>The scalars an attribute selects (<see cref="ScalarType.Int24"/>, <see cref="ScalarType.UInt24"/>), in catalogue order.</summary>
    public static IReadOnlyList<ScalarInfo> AttributeSelected => s_attributeRows;

    /// <summary>The catalogue row of <paramref name="type"/>; throws for <see cref="ScalarType.None"/>.</summary>
    public static ScalarInfo Get(ScalarType type) =>
        Find(s_rows, type) ?? Find(s_attributeRows, type) ?? throw new ArgumentOutOfRangeException(nameof(type), type, "Not a catalogue scalar.");

    private static ScalarInfo? Find(ScalarInfo[] rows, ScalarType type)
    {
        foreach (ScalarInfo row in rows)
        {
            if (row.Type == type)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Looks a type up by its full metadata name (<c>System.Int64</c>); enums are looked up by their underlying type.</summary>
    public static bool TryGetByMetadataName(string fullMetadataName, out ScalarType type) =>
        s_byMetadataName.TryGetValue(fullMetadataName, out type);

    /// <summary>A human-readable list of the supported field types, for diagnostics.</summary>
    public static string SupportedTypesText =>
        "bool, byte, sbyte, short, ushort, int, uint, long, ulong, Int128, UInt128, char, Half, float, double, Guid, DateTime, TimeSpan, "
        + "enums of those integers, int with [Int24], uint with [UInt24], nested [MappedLayout] structs, string with [Utf8(n)], and arrays of scalars or nested layouts with [FixedArray(n)]";
}
