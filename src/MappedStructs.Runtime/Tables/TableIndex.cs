using System;

namespace MappedStructs;

/// <summary>Turns an <see cref="Index"/> (<c>^1</c>) into a table index, which the caller then checks against the count as any other.</summary>
internal static class TableIndex
{
    /// <summary>
    /// A from-end index counts back from the published count read now (the count is read only for one); <c>^0</c> is the
    /// count, out of range. The arithmetic is the record spans' (<see cref="RecordSpanBounds.Offset"/>).
    /// </summary>
    public static long Resolve(TableStorage storage, Index index) =>
        index.IsFromEnd ? RecordSpanBounds.Offset(index, storage.CountForLoop()) : index.Value;
}
