using MappedStructs;

namespace FormatReader.Elf;

// Elf64_Phdr (System V gABI, "Program Header"), field names without the p_ prefix.

/// <summary>One 56-byte ELF64 program header, in the byte order EI_DATA names.</summary>
[MappedLayout(Size = 56, Endian = Endianness.PerView)]
public partial record struct Elf64ProgramHeader : IElfProgramHeader, IElfRecord<Elf64ProgramHeader>
{
    [Field(0)] public uint Type { get; init; }
    [Field(4)] public uint Flags { get; init; }
    [Field(8)] public ulong Offset { get; init; }
    [Field(16)] public ulong VAddr { get; init; }
    [Field(24)] public ulong PAddr { get; init; }
    [Field(32)] public ulong FileSz { get; init; }
    [Field(40)] public ulong MemSz { get; init; }
    [Field(48)] public ulong Align { get; init; }

    /// <inheritdoc/>
    public static Elf64ProgramHeader Read(MappedView view, long offset, Endianness byteOrder) => ReadOnlyRef.From(view, offset, byteOrder).Load();
}
