namespace FormatReader.Elf;

/// <summary>The fields of a dynamic entry, common to both classes and byte orders.</summary>
public interface IElfDynamic
{
    long Tag { get; }

    ulong Val { get; }
}
