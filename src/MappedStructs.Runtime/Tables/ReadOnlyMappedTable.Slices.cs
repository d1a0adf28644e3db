using System;

namespace MappedStructs;

/// <summary>The table's records as a read-only record span: all of them, a slice, or a range.</summary>
public sealed partial class ReadOnlyMappedTable<T>
{
    /// <summary>
    /// The records published now, as one span: <c>foreach (var r in table.Records) total += r.Price;</c>. Records
    /// appended later are not in it; it stays valid while the table is open, even after it remaps to follow a writer.
    /// </summary>
    public ReadOnlyRecordSpan<T> Records => TableSpans.ReadOnly<T>(_storage, 0, Count);

    /// <summary>The records <paramref name="range"/> names among those published now: <c>table[10..20]</c>, <c>table[^5..]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the published records.</exception>
    public ReadOnlyRecordSpan<T> this[Range range]
    {
        get
        {
            (long start, long count) = RecordSpanBounds.Of(range, Count);
            return TableSpans.ReadOnly<T>(_storage, start, count);
        }
    }

    /// <summary><paramref name="count"/> published records from <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The slice is not within the published records.</exception>
    public ReadOnlyRecordSpan<T> Slice(long start, long count) => TableSpans.ReadOnly<T>(_storage, start, count);
}
