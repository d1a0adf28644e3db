using System;

namespace MappedStructs.Tool.Tests.Layouts;

/// <summary>A record with one field of each variable-length kind beside a fixed id: the heap proofs of the tool and the exports.</summary>
[MappedLayout]
public partial record struct Note
{
    [Field(0)] public long Id { get; init; }

    [Field(8), Text] public string Body { get; init; }

    [Field(16), Blob] public ReadOnlyMemory<byte> Payload { get; init; }

    [Field(24), VarArray] public int[] Tags { get; init; }
}

/// <summary>The same kinds big-endian, so that array elements are stored in the other byte order.</summary>
[MappedLayout(Endian = Endianness.Big)]
public partial record struct NoteBig
{
    [Field(0)] public long Id { get; init; }

    [Field(8), Text] public string Body { get; init; }

    [Field(16), Blob] public ReadOnlyMemory<byte> Payload { get; init; }

    [Field(24), VarArray] public long[] Tags { get; init; }
}
