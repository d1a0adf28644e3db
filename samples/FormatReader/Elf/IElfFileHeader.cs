namespace FormatReader.Elf;

/// <summary>The fields readelf -h prints, common to <c>Elf32_Ehdr</c> and <c>Elf64_Ehdr</c> in either byte order (addresses and offsets widened to 64 bits).</summary>
public interface IElfFileHeader
{
    ElfIdent Ident { get; }

    ushort Type { get; }

    ushort Machine { get; }

    uint Version { get; }

    ulong Entry { get; }

    ulong PhOff { get; }

    ulong ShOff { get; }

    uint Flags { get; }

    ushort EhSize { get; }

    ushort PhEntSize { get; }

    ushort PhNum { get; }

    ushort ShEntSize { get; }

    ushort ShNum { get; }

    ushort ShStrNdx { get; }
}
