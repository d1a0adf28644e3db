using System;
using System.Diagnostics.CodeAnalysis;

namespace MappedStructs;

/// <summary>The table's records as a record span: all of them, a slice, or a range.</summary>
public sealed partial class MappedTable<T>
{
    /// <summary>
    /// The records published now, writable in place, as one span: <c>foreach (var r in table.Records) r.Price *= 2;</c>.
    /// Records appended later are not in it; it stays valid while the table is open, even if the table grows.
    /// </summary>
    /// <exception cref="InvalidOperationException">The table is read-only; use <see cref="ReadOnlyRecords"/>.</exception>
    public RecordSpan<T> Records => Slice(0, Count);

    /// <summary>The records published now, read-only, as one span.</summary>
    public ReadOnlyRecordSpan<T> ReadOnlyRecords => TableSpans.ReadOnly<T>(_storage, 0, Count);

    /// <summary>The records <paramref name="range"/> names among those published now, writable: <c>table[10..20]</c>, <c>table[^5..]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the published records.</exception>
    /// <exception cref="InvalidOperationException">The table is read-only.</exception>
    public RecordSpan<T> this[Range range]
    {
        get
        {
            (long start, long count) = RecordSpanBounds.Of(range, Count);
            return Slice(start, count);
        }
    }

    /// <summary><paramref name="count"/> published records from <paramref name="start"/>, writable in place.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The slice is not within the published records.</exception>
    /// <exception cref="InvalidOperationException">The table is read-only.</exception>
    public RecordSpan<T> Slice(long start, long count)
    {
        if (!_storage.IsWritable)
        {
            ThrowReadOnlySpan();
        }

        return TableSpans.Writable<T>(_storage, start, count);
    }

    [DoesNotReturn]
    private void ThrowReadOnlySpan() =>
        throw new InvalidOperationException($"The table '{Path}' is read-only; use ReadOnlyRecords or ReadOnlyMappedTable<T>.");
}
