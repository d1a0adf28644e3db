namespace FormatReader.Elf;

/// <summary>The fields of a program header the reader uses, common to both classes and byte orders.</summary>
public interface IElfProgramHeader
{
    uint Type { get; }

    ulong Offset { get; }

    ulong FileSz { get; }
}
