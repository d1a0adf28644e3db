using MappedStructs;

namespace FormatReader.Elf;

// Elf32_Phdr (System V gABI, "Program Header"), field names without the p_ prefix. Flags moves after MemSz in the
// 32-bit form.

/// <summary>One 32-byte ELF32 program header, in the byte order EI_DATA names.</summary>
[MappedLayout(Size = 32, Endian = Endianness.PerView)]
public partial record struct Elf32ProgramHeader : IElfProgramHeader, IElfRecord<Elf32ProgramHeader>
{
    [Field(0)] public uint Type { get; init; }
    [Field(4)] public uint Offset { get; init; }
    [Field(8)] public uint VAddr { get; init; }
    [Field(12)] public uint PAddr { get; init; }
    [Field(16)] public uint FileSz { get; init; }
    [Field(20)] public uint MemSz { get; init; }
    [Field(24)] public uint Flags { get; init; }
    [Field(28)] public uint Align { get; init; }

    readonly ulong IElfProgramHeader.Offset => Offset;

    readonly ulong IElfProgramHeader.FileSz => FileSz;

    /// <inheritdoc/>
    public static Elf32ProgramHeader Read(MappedView view, long offset, Endianness byteOrder) => ReadOnlyRef.From(view, offset, byteOrder).Load();
}
