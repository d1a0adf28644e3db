using MappedStructs;

namespace FormatReader.Wave;

/// <summary>One frame of 24-bit stereo PCM: two signed three-byte samples, left first, packed (BlockAlign 6).</summary>
[MappedLayout]
public partial record struct StereoFrame24
{
    [Int24] public int Left { get; init; }
    [Int24] public int Right { get; init; }
}
