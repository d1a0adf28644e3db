using System;

namespace MappedStructs.Integration.Tests.Heap.V1
{
    /// <summary>Version 1 of a record with a heap value, for the upgrade of a table with a heap.</summary>
    [MappedLayout(Size = 16)]
    public partial record struct Memo
    {
        [Field(0)] public long Id { get; init; }
        [Field(8), Text] public string Body { get; init; }
    }
}

namespace MappedStructs.Integration.Tests.Heap.V2
{
    /// <summary>Version 2 of <see cref="V1.Memo"/>: a blob added, so upgraded records are 24 bytes and reference a new heap.</summary>
    [MappedLayout(Size = 24, Version = 2)]
    public partial record struct Memo
    {
        [Field(0)] public long Id { get; init; }
        [Field(8), Text] public string Body { get; init; }
        [Field(16, Since = 2), Blob] public ReadOnlyMemory<byte> Attachment { get; init; }
    }
}
