using System;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// Consecutive records of layout <typeparamref name="T"/> viewed in place, read-only: a table's records, a slice of them, or
/// records at any offset of a <see cref="MappedView"/> or span (<c>Trade.ReadOnlyRef.Span(view, offset, count)</c>). The
/// range is checked once when the span is made; the indexer and <c>foreach</c> check only the index.
/// </summary>
/// <remarks>
/// Like a <see cref="ReadOnlySpan{T}"/> from a view, it must not be used after the view or table it came from is disposed.
/// <see cref="Length"/> is a <see cref="long"/> because a table or a view can hold more than 2^31 records.
/// </remarks>
/// <typeparam name="T">The layout.</typeparam>
public readonly ref struct ReadOnlyRecordSpan<T> where T : struct, IMappedLayout<T>
{
    private readonly ref byte _start;
    private readonly long _length;

    // The per-record check's bound, the stride and the record length: see RecordSpanStride (a table file of another
    // layout version). For records at the layout's size they are _length, the size and the size.
    private readonly long _checkedLength;
    private readonly int _stride;
    private readonly int _recordLength;

    // The heap of the table the records came from, for a layout with variable-length fields; null otherwise and for
    // records over raw memory (read as MappedHeap.Detached). Read only behind HeapLayout<T>.HasVariableLengthFields, so
    // that a span of a fixed layout loops as it would without it.
    private readonly MappedHeap? _heap;

    /// <summary>Views <paramref name="length"/> records from <paramref name="start"/>, which the caller has checked lie within live memory.</summary>
    internal ReadOnlyRecordSpan(ref byte start, long length)
        : this(ref start, length, LayoutSize<T>.Value, LayoutSize<T>.Value)
    {
    }

    /// <summary>
    /// Views <paramref name="length"/> records at <paramref name="stride"/> bytes from <paramref name="start"/>, each viewed
    /// over <paramref name="recordLength"/> bytes (the shorter of the stride and the layout's size), which the caller has
    /// checked lie within live memory, and that <see cref="RecordViewLength{T}"/> can view.
    /// </summary>
    internal ReadOnlyRecordSpan(ref byte start, long length, int stride, int recordLength)
        : this(ref start, length, stride, recordLength, heap: null)
    {
    }

    /// <summary>As the constructor above, for records of a table whose variable-length values live in <paramref name="heap"/>.</summary>
    internal ReadOnlyRecordSpan(ref byte start, long length, int stride, int recordLength, MappedHeap? heap)
    {
        _heap = heap;
        _start = ref start;
        _length = length;
        _checkedLength = RecordSpanStride.CheckedLength(length, stride, LayoutSize<T>.Value);
        _stride = stride;
        _recordLength = recordLength;
    }

    /// <summary>The number of records.</summary>
    public long Length => _length;

    /// <summary>Whether the span has no records.</summary>
    public bool IsEmpty => _length == 0;

    /// <summary>The record at <paramref name="index"/>; the generated extension properties give it the layout's fields.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Length"/>.</exception>
    public ReadOnlyMappedRecord<T> this[long index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            ref byte record = ref (ulong)index < (ulong)_checkedLength
                ? ref RecordSpanBounds.Record(ref _start, index, LayoutSize<T>.Value)
                : ref RecordSpanStride.Record(ref _start, index, _length, _stride);
            return RecordSpanRecords.ReadOnly<T>(ref record, _recordLength, _heap);
        }
    }

    /// <summary>The record at <paramref name="index"/>: the overload an <c>int</c> index binds to, which <c>long</c> and <see cref="Index"/> would share.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Length"/>.</exception>
    public ReadOnlyMappedRecord<T> this[int index] => this[(long)index];

    /// <summary>The record at <paramref name="index"/>, counted from the end when it is <c>^n</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is not within the span.</exception>
    public ReadOnlyMappedRecord<T> this[Index index] => this[RecordSpanBounds.Offset(index, _length)];

    /// <summary>The records <paramref name="range"/> names, without copying: <c>span[10..^10]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the span.</exception>
    public ReadOnlyRecordSpan<T> this[Range range]
    {
        get
        {
            (long start, long count) = RecordSpanBounds.Of(range, _length);
            return new ReadOnlyRecordSpan<T>(ref RecordSpanBounds.Record(ref _start, start, _stride), count, _stride, _recordLength, _heap);
        }
    }

    /// <summary>The records from <paramref name="start"/> to the end, without copying.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or past <see cref="Length"/>.</exception>
    public ReadOnlyRecordSpan<T> Slice(long start) => Slice(start, _length - start);

    /// <summary><paramref name="length"/> records from <paramref name="start"/>, without copying.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The slice is not within the span.</exception>
    public ReadOnlyRecordSpan<T> Slice(long start, long length)
    {
        RecordSpanBounds.CheckSlice(start, length, _length);
        return new ReadOnlyRecordSpan<T>(ref RecordSpanBounds.Record(ref _start, start, _stride), length, _stride, _recordLength, _heap);
    }

    /// <summary>Copies every record out into <paramref name="destination"/>, which must have room for <see cref="Length"/> values.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the span.</exception>
    public void CopyTo(Span<T> destination)
    {
        if (destination.Length < _length)
        {
            throw new ArgumentException($"The destination has room for {destination.Length} records; the span has {_length}.", nameof(destination));
        }

        for (int i = 0; i < (int)_length; i++)
        {
            destination[i] = RecordSpanRecords.ReadOnly<T>(ref RecordSpanBounds.Record(ref _start, i, _stride), _recordLength, _heap).Load();
        }
    }

    /// <summary>Copies every record out into a new array.</summary>
    /// <exception cref="InvalidOperationException">The span has more records than an array can hold.</exception>
    public T[] ToArray()
    {
        if (_length > Array.MaxLength)
        {
            throw new InvalidOperationException($"The span has {_length} records, more than an array can hold; copy slices of it.");
        }

        var values = new T[_length];
        CopyTo(values);
        return values;
    }

    /// <summary>Enumerates the records in order: <c>foreach (var r in span) total += r.Price;</c>.</summary>
    public Enumerator GetEnumerator() => new(ref _start, _length, _checkedLength, _stride, _recordLength, _heap);

    /// <summary>Enumerates a <see cref="ReadOnlyRecordSpan{T}"/>; its only check per record is the index against the length.</summary>
    public ref struct Enumerator
    {
        private readonly ref byte _start;
        private readonly long _length;
        private readonly long _checkedLength;
        private readonly int _stride;
        private readonly int _recordLength;
        private readonly MappedHeap? _heap;
        private long _index;

        internal Enumerator(ref byte start, long length, long checkedLength, int stride, int recordLength, MappedHeap? heap)
        {
            _heap = heap;
            _start = ref start;
            _length = length;
            _checkedLength = checkedLength;
            _stride = stride;
            _recordLength = recordLength;
            _index = -1;
        }

        /// <summary>The current record.</summary>
        /// <exception cref="InvalidOperationException">Before the first <see cref="MoveNext"/> or after it returned false.</exception>
        public readonly ReadOnlyMappedRecord<T> Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                ref byte record = ref (ulong)_index < (ulong)_checkedLength
                    ? ref RecordSpanBounds.Record(ref _start, _index, LayoutSize<T>.Value)
                    : ref RecordSpanStride.Current(ref _start, _index, _length, _stride);
                return RecordSpanRecords.ReadOnly<T>(ref record, _recordLength, _heap);
            }
        }

        /// <summary>Advances to the next record; false after the last one (and stays there).</summary>
        public bool MoveNext() => RecordEnumeration.MoveNext(ref _index, _length);
    }
}
