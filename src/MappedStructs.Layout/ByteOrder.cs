namespace MappedStructs.Layout;

/// <summary>A layout's byte order; the values match the runtime's <c>MappedStructs.Endianness</c>.</summary>
internal enum ByteOrder
{
    Little = 0,
    Big = 1,

    /// <summary>Chosen when a view is made: the views take <see cref="Little"/> or <see cref="Big"/> in <c>From</c>.</summary>
    PerView = 2,
}
