using MappedStructs;

namespace FormatReader.Elf;

// Elf64_Dyn (System V gABI, "Dynamic Section"): d_tag and the d_un union read as d_val, in the two byte orders (an
// intentional twin).

/// <summary>One 16-byte ELF64 dynamic entry, little-endian.</summary>
[MappedLayout(Size = 16)]
public partial record struct Elf64DynamicLittle : IElfDynamic
{
    [Field(0)] public long Tag { get; init; }
    [Field(8)] public ulong Val { get; init; }
}

/// <summary>One 16-byte ELF64 dynamic entry, big-endian.</summary>
[MappedLayout(Size = 16, Endian = Endianness.Big)]
public partial record struct Elf64DynamicBig : IElfDynamic
{
    [Field(0)] public long Tag { get; init; }
    [Field(8)] public ulong Val { get; init; }
}
