using MappedStructs;

namespace FormatReader.Wave;

/// <summary>The start of a RIFF file: the "RIFF" chunk's header and its form type ("WAVE"), then the form's chunks.</summary>
[MappedLayout(Size = 12)]
public partial record struct RiffHeader
{
    [Field(0)] public RiffChunkHeader Chunk { get; init; }
    [Field(8), FixedArray(4)] public byte[] FormType { get; init; }
}
