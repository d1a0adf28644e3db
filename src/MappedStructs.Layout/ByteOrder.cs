namespace MappedStructs.Layout;

/// <summary>A layout's byte order; the values match the runtime's <c>MappedStructs.Endianness</c>.</summary>
internal enum ByteOrder
{
    Little = 0,
    Big = 1,
}
