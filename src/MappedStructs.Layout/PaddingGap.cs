namespace MappedStructs.Layout;

/// <summary>A run of bytes no field uses.</summary>
/// <param name="Offset">The first unused byte.</param>
/// <param name="Size">How many bytes.</param>
/// <param name="BeforeFieldIndex">The field that follows the gap, or -1 for padding at the end.</param>
internal sealed record PaddingGap(int Offset, int Size, int BeforeFieldIndex);
