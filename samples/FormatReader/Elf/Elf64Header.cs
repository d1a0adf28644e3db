using MappedStructs;

namespace FormatReader.Elf;

// Elf64_Ehdr (System V gABI, "ELF Header"), field names without the e_ prefix. EI_DATA decides which of the two
// declarations, the same header in the two byte orders, reads the file (an intentional twin).

/// <summary>The 64-byte ELF64 file header, little-endian.</summary>
[MappedLayout(Size = 64)]
public partial record struct Elf64HeaderLittle : IElfFileHeader
{
    [Field(0)] public ElfIdent Ident { get; init; }
    [Field(16)] public ushort Type { get; init; }
    [Field(18)] public ushort Machine { get; init; }
    [Field(20)] public uint Version { get; init; }
    [Field(24)] public ulong Entry { get; init; }
    [Field(32)] public ulong PhOff { get; init; }
    [Field(40)] public ulong ShOff { get; init; }
    [Field(48)] public uint Flags { get; init; }
    [Field(52)] public ushort EhSize { get; init; }
    [Field(54)] public ushort PhEntSize { get; init; }
    [Field(56)] public ushort PhNum { get; init; }
    [Field(58)] public ushort ShEntSize { get; init; }
    [Field(60)] public ushort ShNum { get; init; }
    [Field(62)] public ushort ShStrNdx { get; init; }
}

/// <summary>The 64-byte ELF64 file header, big-endian.</summary>
[MappedLayout(Size = 64, Endian = Endianness.Big)]
public partial record struct Elf64HeaderBig : IElfFileHeader
{
    [Field(0)] public ElfIdent Ident { get; init; }
    [Field(16)] public ushort Type { get; init; }
    [Field(18)] public ushort Machine { get; init; }
    [Field(20)] public uint Version { get; init; }
    [Field(24)] public ulong Entry { get; init; }
    [Field(32)] public ulong PhOff { get; init; }
    [Field(40)] public ulong ShOff { get; init; }
    [Field(48)] public uint Flags { get; init; }
    [Field(52)] public ushort EhSize { get; init; }
    [Field(54)] public ushort PhEntSize { get; init; }
    [Field(56)] public ushort PhNum { get; init; }
    [Field(58)] public ushort ShEntSize { get; init; }
    [Field(60)] public ushort ShNum { get; init; }
    [Field(62)] public ushort ShStrNdx { get; init; }
}
