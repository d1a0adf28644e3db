namespace MappedStructs;

/// <summary>The byte order in which a layout stores its multi-byte fields.</summary>
public enum Endianness
{
    /// <summary>Least significant byte first (x86, x64, Arm64 in their usual mode). The default.</summary>
    Little = 0,

    /// <summary>Most significant byte first ("network order").</summary>
    Big = 1,

    /// <summary>
    /// Chosen when a view is made: the layout's views take <see cref="Little"/> or <see cref="Big"/> in <c>From</c> (for
    /// formats whose data says which order the rest uses, like ELF's <c>EI_DATA</c> or TIFF's <c>II</c>/<c>MM</c>) and read
    /// or write every multi-byte field in that order. Not a byte order itself: a view, a <c>LoadFrom</c> or a
    /// <c>StoreTo</c> always names one.
    /// </summary>
    PerView = 2,
}
