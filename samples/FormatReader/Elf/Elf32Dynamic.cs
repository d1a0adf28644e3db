using MappedStructs;

namespace FormatReader.Elf;

// Elf32_Dyn (System V gABI, "Dynamic Section"): d_tag and the d_un union read as d_val, in the two byte orders (an
// intentional twin).

/// <summary>One 8-byte ELF32 dynamic entry, little-endian.</summary>
[MappedLayout(Size = 8)]
public partial record struct Elf32DynamicLittle : IElfDynamic
{
    [Field(0)] public int Tag { get; init; }
    [Field(4)] public uint Val { get; init; }

    readonly long IElfDynamic.Tag => Tag;

    readonly ulong IElfDynamic.Val => Val;
}

/// <summary>One 8-byte ELF32 dynamic entry, big-endian.</summary>
[MappedLayout(Size = 8, Endian = Endianness.Big)]
public partial record struct Elf32DynamicBig : IElfDynamic
{
    [Field(0)] public int Tag { get; init; }
    [Field(4)] public uint Val { get; init; }

    readonly long IElfDynamic.Tag => Tag;

    readonly ulong IElfDynamic.Val => Val;
}
