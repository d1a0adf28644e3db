using MappedStructs;

namespace FormatReader.Wave;

/// <summary>
/// The header of every RIFF chunk (Microsoft's Multimedia Programming Interface and Data Specifications 1.0, "RIFF
/// format"): a four-character code and the size of the data after this header, little-endian; the data is padded to an
/// even length. The specification calls the size <c>ckSize</c>, so the field is <c>Size</c>; the generated record-size
/// constant then yields the name and is emitted as <c>Size_</c> (docs/layouts.md, "Generated names").
/// </summary>
[MappedLayout(Size = 8)]
public partial record struct RiffChunkHeader
{
    [Field(0), FixedArray(4)] public byte[] ChunkId { get; init; }

    [Field(4)] public uint Size { get; init; }
}
