using MappedStructs;

namespace FormatReader.Elf;

/// <summary>
/// An ELF structure whose byte order the file names, read through its per-view layout: lets one reader serve the 32- and
/// 64-bit forms.
/// </summary>
/// <typeparam name="TSelf">The layout.</typeparam>
public interface IElfRecord<TSelf>
    where TSelf : struct, IMappedLayout<TSelf>
{
    /// <summary>Copies the record at <paramref name="offset"/> of <paramref name="view"/> out in <paramref name="byteOrder"/>.</summary>
    static abstract TSelf Read(MappedView view, long offset, Endianness byteOrder);
}
