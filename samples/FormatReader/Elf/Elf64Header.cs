using MappedStructs;

namespace FormatReader.Elf;

// Elf64_Ehdr (System V gABI, "ELF Header"), field names without the e_ prefix.

/// <summary>The 64-byte ELF64 file header, in the byte order EI_DATA names.</summary>
[MappedLayout(Size = 64, Endian = Endianness.PerView)]
public partial record struct Elf64Header : IElfFileHeader, IElfRecord<Elf64Header>
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

    /// <inheritdoc/>
    public static Elf64Header Read(MappedView view, long offset, Endianness byteOrder) => ReadOnlyRef.From(view, offset, byteOrder).Load();
}
