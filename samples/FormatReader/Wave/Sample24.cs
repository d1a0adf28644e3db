using MappedStructs;

namespace FormatReader.Wave;

/// <summary>One signed 24-bit PCM sample of any channel, for reading files whatever their channel count.</summary>
[MappedLayout]
public partial record struct Sample24
{
    [Int24] public int Value { get; init; }
}
