using System;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>The log entry: fixed fields beside a [Text], a [Blob] and a [VarArray], each an 8-byte heap reference.</summary>
[MappedLayout]
public partial record struct LogEntry
{
    [Field(0)]
    public long Timestamp { get; init; }

    [Field(8)]
    public int Level { get; init; }

    [Field(16), Text]
    public string Message { get; init; }

    [Field(24), Blob]
    public ReadOnlyMemory<byte> Payload { get; init; }

    [Field(32), VarArray]
    public int[] Tags { get; init; }
}

/// <summary>The same fields big-endian: the references are read in the layout's byte order like any field.</summary>
[MappedLayout(Endian = Endianness.Big)]
public partial record struct BigLogEntry
{
    [Field(0)]
    public long Timestamp { get; init; }

    [Field(8), Text]
    public string Message { get; init; }
}
