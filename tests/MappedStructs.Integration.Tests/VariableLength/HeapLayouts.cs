// Layouts whose views read and write their variable-length values through a table's heap: every kind big-endian (its
// arrays through the converting element view), arrays of 8-byte elements in both orders, and two versions of one layout
// whose second adds a [Text] field.
namespace MappedStructs.Integration.Tests.VariableLength
{
    /// <summary>The log entry, big-endian: the references and the array elements in the other byte order.</summary>
    [MappedLayout(Endian = Endianness.Big)]
    public partial record struct BigFullLogEntry
    {
        [Field(0)]
        public long Timestamp { get; init; }

        [Field(8)]
        public int Level { get; init; }

        [Field(16), Text]
        public string Message { get; init; }

        [Field(24), Blob]
        public byte[] Payload { get; init; }

        [Field(32), VarArray]
        public int[] Tags { get; init; }
    }

    /// <summary>Arrays of 8-byte and 1-byte elements, little-endian: spans of the heap bytes.</summary>
    [MappedLayout]
    public partial record struct Samples
    {
        [VarArray]
        public long[] Counts { get; init; }

        [VarArray]
        public double[] Values { get; init; }

        [VarArray]
        public sbyte[] Deltas { get; init; }
    }

    /// <summary>The same arrays big-endian: the 8-byte elements through the converting view, the 1-byte ones still a span.</summary>
    [MappedLayout(Endian = Endianness.Big)]
    public partial record struct BigSamples
    {
        [VarArray]
        public long[] Counts { get; init; }

        [VarArray]
        public double[] Values { get; init; }

        [VarArray]
        public sbyte[] Deltas { get; init; }
    }
}

namespace MappedStructs.Integration.Tests.VariableLength.V1
{
    /// <summary>Version 1 of a note: an id and a [Blob] body.</summary>
    [MappedLayout]
    public partial record struct Memo
    {
        [Field(0)]
        public long Id { get; init; }

        [Field(8), Blob]
        public byte[] Body { get; init; }
    }
}

namespace MappedStructs.Integration.Tests.VariableLength.V2
{
    /// <summary>Version 2 adds a [Text] title after the version-1 record: records of version-1 files read it as empty.</summary>
    [MappedLayout(Version = 2)]
    public partial record struct Memo
    {
        [Field(0)]
        public long Id { get; init; }

        [Field(8), Blob]
        public byte[] Body { get; init; }

        [Field(16, Since = 2), Text]
        public string Title { get; init; }
    }
}

namespace MappedStructs.Integration.Tests.VariableLength
{
    /// <summary>A layout whose order is chosen per view, with a [Text] and a [VarArray]: only raw-bytes views, so no heap.</summary>
    [MappedLayout(Endian = Endianness.PerView)]
    public partial record struct WireNote
    {
        public long Id { get; init; }

        [Text]
        public string Title { get; init; }

        [VarArray]
        public short[] Codes { get; init; }
    }
}
