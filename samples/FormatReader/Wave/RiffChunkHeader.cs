using MappedStructs;

namespace FormatReader.Wave;

/// <summary>
/// The header of every RIFF chunk (Microsoft's Multimedia Programming Interface and Data Specifications 1.0, "RIFF
/// format"): a four-character code and the size of the data after this header, little-endian; the data is padded to an
/// even length.
/// </summary>
[MappedLayout(Size = 8)]
public partial record struct RiffChunkHeader
{
    [Field(0), FixedArray(4)] public byte[] ChunkId { get; init; }

    // names: rename to Size once #13.1 lands
    [Field(4)] public uint ChunkSize { get; init; }
}
