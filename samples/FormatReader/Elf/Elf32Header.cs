using MappedStructs;

namespace FormatReader.Elf;

// Elf32_Ehdr (System V gABI, "ELF Header"), field names without the e_ prefix. Its 32-bit addresses and offsets widen
// to the interface's 64 bits.

/// <summary>The 52-byte ELF32 file header, in the byte order EI_DATA names.</summary>
[MappedLayout(Size = 52, Endian = Endianness.PerView)]
public partial record struct Elf32Header : IElfFileHeader, IElfRecord<Elf32Header>
{
    [Field(0)] public ElfIdent Ident { get; init; }
    [Field(16)] public ushort Type { get; init; }
    [Field(18)] public ushort Machine { get; init; }
    [Field(20)] public uint Version { get; init; }
    [Field(24)] public uint Entry { get; init; }
    [Field(28)] public uint PhOff { get; init; }
    [Field(32)] public uint ShOff { get; init; }
    [Field(36)] public uint Flags { get; init; }
    [Field(40)] public ushort EhSize { get; init; }
    [Field(42)] public ushort PhEntSize { get; init; }
    [Field(44)] public ushort PhNum { get; init; }
    [Field(46)] public ushort ShEntSize { get; init; }
    [Field(48)] public ushort ShNum { get; init; }
    [Field(50)] public ushort ShStrNdx { get; init; }

    readonly ulong IElfFileHeader.Entry => Entry;

    readonly ulong IElfFileHeader.PhOff => PhOff;

    readonly ulong IElfFileHeader.ShOff => ShOff;

    /// <inheritdoc/>
    public static Elf32Header Read(MappedView view, long offset, Endianness byteOrder) => ReadOnlyRef.From(view, offset, byteOrder).Load();
}
