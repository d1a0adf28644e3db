using MappedStructs;

namespace FormatReader.Elf;

/// <summary>
/// <c>e_ident</c>, the first 16 bytes of every ELF file (System V gABI, "ELF Identification"): single bytes, so one
/// declaration serves both byte orders; <see cref="Data"/> names the order of everything after it.
/// </summary>
[MappedLayout(Size = 16)]
public partial record struct ElfIdent
{
    // EI_MAG0 to EI_MAG3: 0x7f 'E' 'L' 'F'.
    [Field(0), FixedArray(4)] public byte[] Magic { get; init; }
    [Field(4)] public byte Class { get; init; }
    [Field(5)] public byte Data { get; init; }
    [Field(6)] public byte Version { get; init; }
    [Field(7)] public byte OsAbi { get; init; }
    [Field(8)] public byte AbiVersion { get; init; }
    [Field(9), FixedArray(7)] public byte[] Pad { get; init; }
}
