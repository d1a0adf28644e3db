using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace MappedStructs;

/// <summary>
/// The random 128-bit id that ties a table file to its heap file (docs/tables.md, "Variable-length fields"): the table's
/// layout text carries it as a <c>heap=</c> token, the heap's name carries it in hex, and the heap's header repeats it, so a
/// heap of another table (or one left over from before a compaction) is never taken for this table's.
/// </summary>
/// <param name="Value">The id's bits.</param>
internal readonly record struct TableId(UInt128 Value)
{
    /// <summary>Bytes the id takes in a heap header (little-endian).</summary>
    public const int Length = 16;

    /// <summary>Hex digits of the id in names and layout text.</summary>
    public const int HexLength = 2 * Length;

    /// <summary>A fresh id from the OS's cryptographic generator: two tables made anywhere never share one by chance.</summary>
    public static TableId New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        return Read(bytes);
    }

    /// <summary>The id stored at the start of <paramref name="source"/>.</summary>
    public static TableId Read(ReadOnlySpan<byte> source) => new(BinaryPrimitives.ReadUInt128LittleEndian(source));

    /// <summary>The id parsed from exactly <see cref="HexLength"/> hex digits, or null for anything else.</summary>
    public static TableId? TryParse(ReadOnlySpan<char> hex) =>
        hex.Length == HexLength && UInt128.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out UInt128 value)
            ? new TableId(value)
            : null;

    /// <summary>Writes the id at the start of <paramref name="destination"/>.</summary>
    public void WriteTo(Span<byte> destination) => BinaryPrimitives.WriteUInt128LittleEndian(destination, Value);

    /// <summary>The id as <see cref="HexLength"/> lower-case hex digits.</summary>
    public override string ToString() => Value.ToString("x32", CultureInfo.InvariantCulture);
}
