namespace MappedStructs;

/// <summary>
/// Where a cycle's published frames end: the offset of the first frame not published (or of the end frame when
/// <see cref="Ended"/>), the sequence number it takes, and its state word (negative: claimed by an appender that may have died).
/// </summary>
internal readonly record struct CycleTail(long Offset, long NextSequence, int State, bool Ended);
