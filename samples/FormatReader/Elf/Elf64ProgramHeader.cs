using MappedStructs;

namespace FormatReader.Elf;

// Elf64_Phdr (System V gABI, "Program Header"), field names without the p_ prefix, in the two byte orders (an
// intentional twin).

/// <summary>One 56-byte ELF64 program header, little-endian.</summary>
[MappedLayout(Size = 56)]
public partial record struct Elf64ProgramHeaderLittle : IElfProgramHeader
{
    [Field(0)] public uint Type { get; init; }
    [Field(4)] public uint Flags { get; init; }
    [Field(8)] public ulong Offset { get; init; }
    [Field(16)] public ulong VAddr { get; init; }
    [Field(24)] public ulong PAddr { get; init; }
    [Field(32)] public ulong FileSz { get; init; }
    [Field(40)] public ulong MemSz { get; init; }
    [Field(48)] public ulong Align { get; init; }
}

/// <summary>One 56-byte ELF64 program header, big-endian.</summary>
[MappedLayout(Size = 56, Endian = Endianness.Big)]
public partial record struct Elf64ProgramHeaderBig : IElfProgramHeader
{
    [Field(0)] public uint Type { get; init; }
    [Field(4)] public uint Flags { get; init; }
    [Field(8)] public ulong Offset { get; init; }
    [Field(16)] public ulong VAddr { get; init; }
    [Field(24)] public ulong PAddr { get; init; }
    [Field(32)] public ulong FileSz { get; init; }
    [Field(40)] public ulong MemSz { get; init; }
    [Field(48)] public ulong Align { get; init; }
}
