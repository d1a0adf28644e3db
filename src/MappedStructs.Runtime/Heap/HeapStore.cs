using System;

namespace MappedStructs;

/// <summary>
/// The owner of a table's heap file behind its <see cref="MappedHeap"/> mappings: the out-of-line half of every heap access.
/// <see cref="HeapFields"/> calls it only when a reference lies past a mapping's known length, when a value is written, and
/// to name a record in an exception, never on the one-compare read path.
/// </summary>
internal abstract class HeapStore
{
    /// <summary>
    /// The newest mapping after re-reading the published heap length from the file (another process may have appended) and
    /// remapping when the heap grew past <paramref name="seen"/>'s mapping; <paramref name="seen"/> itself when it still covers
    /// the published length (its known length raised). Throws <see cref="System.IO.InvalidDataException"/> when the file's
    /// published length is not valid, and <see cref="ObjectDisposedException"/> after the table is disposed.
    /// </summary>
    public abstract MappedHeap Refresh(MappedHeap seen);

    /// <summary>
    /// Appends <paramref name="value"/> (not empty) at the heap's end, rounded up to <see cref="HeapReference.OffsetUnit"/>,
    /// growing and remapping as needed, publishes the new length with a release store, and returns the value's reference.
    /// Throws <see cref="InvalidOperationException"/> for a table opened read-only or without the writer lock, and
    /// <see cref="ArgumentException"/> for a value longer than <see cref="HeapReference.MaxLength"/>.
    /// </summary>
    public abstract HeapReference Append(ReadOnlySpan<byte> value, string fieldName);

    /// <summary>How an exception names the record that starts at <paramref name="record"/>: "record 17 of table 'path'", or "a record of table 'path'" when the address is not one of the table's records.</summary>
    public abstract string DescribeRecord(ref byte record);
}
