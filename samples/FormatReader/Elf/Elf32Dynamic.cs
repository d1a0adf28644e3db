using MappedStructs;

namespace FormatReader.Elf;

// Elf32_Dyn (System V gABI, "Dynamic Section"): d_tag, and the d_un union read as d_val.

/// <summary>One 8-byte ELF32 dynamic entry, in the byte order EI_DATA names.</summary>
[MappedLayout(Size = 8, Endian = Endianness.PerView)]
public partial record struct Elf32Dynamic : IElfDynamic, IElfRecord<Elf32Dynamic>
{
    [Field(0)] public int Tag { get; init; }
    [Field(4)] public uint Val { get; init; }

    readonly long IElfDynamic.Tag => Tag;

    readonly ulong IElfDynamic.Val => Val;

    /// <inheritdoc/>
    public static Elf32Dynamic Read(MappedView view, long offset, Endianness byteOrder) => ReadOnlyRef.From(view, offset, byteOrder).Load();
}
