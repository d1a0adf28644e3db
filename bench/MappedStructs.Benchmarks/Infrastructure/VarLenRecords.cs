using System;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// A 16-byte message kept twice in one record: as a [Text] field (an 8-byte reference into the table's heap) and as a
/// fixed [Utf8(16)] field in the record, so that one table serves both sides of the read comparison.
/// </summary>
[MappedLayout]
public partial record struct VarLenMessage
{
    /// <summary>The message as text of any length, in the heap.</summary>
    [Field(0), Text]
    public string Message { get; init; }

    /// <summary>The same message in the record, 16 bytes.</summary>
    [Field(8), Utf8(16)]
    public string FixedMessage { get; init; }

    /// <summary>The record's number.</summary>
    [Field(24)]
    public long Id { get; init; }

    /// <summary>The 16-byte ASCII message of record <paramref name="id"/>: its first byte varies so that a sum of it depends on every record.</summary>
    public static string MessageFor(long id) => string.Create(16, id, static (chars, n) =>
    {
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)('a' + ((n + i) % 26));
        }
    });
}

/// <summary>
/// A record with one [Blob] and a fixed int holding the same length: the length scan's two sides, and the append
/// benchmark's record (the fixed field unused there).
/// </summary>
[MappedLayout]
public partial record struct VarLenPayload
{
    /// <summary>The record's number.</summary>
    [Field(0)]
    public long Id { get; init; }

    /// <summary>The payload's length, in the record.</summary>
    [Field(8)]
    public int FixedLength { get; init; }

    /// <summary>The payload, in the heap.</summary>
    [Field(16), Blob]
    public ReadOnlyMemory<byte> Payload { get; init; }
}
