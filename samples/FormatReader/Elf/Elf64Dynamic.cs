using MappedStructs;

namespace FormatReader.Elf;

// Elf64_Dyn (System V gABI, "Dynamic Section"): d_tag, and the d_un union read as d_val.

/// <summary>One 16-byte ELF64 dynamic entry, in the byte order EI_DATA names.</summary>
[MappedLayout(Size = 16, Endian = Endianness.PerView)]
public partial record struct Elf64Dynamic : IElfDynamic, IElfRecord<Elf64Dynamic>
{
    [Field(0)] public long Tag { get; init; }
    [Field(8)] public ulong Val { get; init; }

    /// <inheritdoc/>
    public static Elf64Dynamic Read(MappedView view, long offset, Endianness byteOrder) => ReadOnlyRef.From(view, offset, byteOrder).Load();
}
