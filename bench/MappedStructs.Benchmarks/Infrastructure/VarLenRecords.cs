using System;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// A record with a 16-byte message as a [Text] field: an 8-byte reference into the table's heap (16-byte records, and 16
/// bytes of heap per message). The read comparison's variable-length side; <see cref="VarLenFixedMessage"/> is the other.
/// </summary>
[MappedLayout]
public partial record struct VarLenMessage
{
    /// <summary>The record's number.</summary>
    [Field(0)]
    public long Id { get; init; }

    /// <summary>The message as text of any length, in the heap.</summary>
    [Field(8), Text]
    public string Message { get; init; }

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
/// The same record with the message in a fixed [Utf8(16)] field (24-byte records, no heap): what a user would otherwise
/// choose, and the baseline of the read comparison.
/// </summary>
[MappedLayout]
public partial record struct VarLenFixedMessage
{
    /// <summary>The record's number.</summary>
    [Field(0)]
    public long Id { get; init; }

    /// <summary>The message in the record, 16 bytes.</summary>
    [Field(8), Utf8(16)]
    public string Message { get; init; }
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
