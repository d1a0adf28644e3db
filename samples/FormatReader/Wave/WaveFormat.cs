using MappedStructs;

namespace FormatReader.Wave;

/// <summary>
/// The data of the "fmt " chunk: WAVEFORMAT and PCMWAVEFORMAT's wBitsPerSample, from the Microsoft RIFF specification,
/// little-endian. Longer chunks (WAVEFORMATEX, WAVE_FORMAT_EXTENSIBLE) start with the same 16 bytes.
/// </summary>
[MappedLayout(Size = 16)]
public partial record struct WaveFormat
{
    [Field(0)] public ushort FormatTag { get; init; }
    [Field(2)] public ushort Channels { get; init; }
    [Field(4)] public uint SamplesPerSec { get; init; }
    [Field(8)] public uint AvgBytesPerSec { get; init; }
    [Field(12)] public ushort BlockAlign { get; init; }
    [Field(14)] public ushort BitsPerSample { get; init; }
}
