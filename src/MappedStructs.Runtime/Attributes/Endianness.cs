namespace MappedStructs;

/// <summary>The byte order in which a layout stores its multi-byte fields.</summary>
public enum Endianness
{
    /// <summary>Least significant byte first (x86, x64, Arm64 in their usual mode). The default.</summary>
    Little = 0,

    /// <summary>Most significant byte first ("network order").</summary>
    Big = 1,
}
