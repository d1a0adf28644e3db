using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// What both table enumerators share. The count and the stride are read once, when enumeration starts (the count read is
/// a call, never inlined into the loop); per record there is the position check <c>Current</c> must make and the liveness
/// test of <see cref="TableStorage.LiveRecordStart"/>, one plain load that a loop which only reads can keep in a register.
/// The enumerators stay two thin types because the type of <c>Current</c> (a writable or a read-only record) is what makes
/// writes impossible by type.
/// </summary>
internal static class RecordEnumeration
{
    /// <remarks>
    /// The comparison is the one <see cref="CurrentStart"/> makes (unsigned, of the new position against the count), so in
    /// a <c>foreach</c> the JIT sees that Current's check repeats a comparison that has just succeeded and drops it, leaving
    /// one comparison per record. The count is never negative (the storage's count is checked against the mapping).
    /// </remarks>
    public static bool MoveNext(ref long index, long count)
    {
        long next = index + 1;
        if ((ulong)next < (ulong)count)
        {
            index = next;
            return true;
        }

        // Clamped at count, so Current keeps failing however often MoveNext is called after the end.
        index = count;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref byte CurrentStart(TableStorage storage, long index, long count, int stride)
    {
        RecordSpanBounds.CheckOnRecord(index, count);

        // A disposed storage has no mapping; the enumerator's count was taken before it was disposed.
        return ref storage.LiveRecordStart(index, stride);
    }
}

/// <summary>Enumerates a table's records in order, read-only; <c>foreach (var r in table) total += r.Price;</c> reads in place.</summary>
/// <typeparam name="T">The layout.</typeparam>
public ref struct ReadOnlyRecordEnumerator<T> where T : struct, IMappedLayout<T>
{
    private readonly TableStorage _storage;
    private readonly long _count;

    // The stride and record length, read once per enumeration: the file's, which differ from the layout's size for a
    // file of another layout version (docs/versioning.md). The length is checked here, once, so that Current views a
    // record of a layout without added fields at the layout's size as a JIT constant (RecordViewLength).
    private readonly int _stride;
    private readonly int _length;
    private long _index;

    internal ReadOnlyRecordEnumerator(TableStorage storage)
    {
        _storage = storage;
        _count = storage.CountForLoop();
        _stride = storage.RecordSize;
        _length = TableRecordLength<T>.Checked(storage);
        _index = -1;
    }

    /// <summary>The current record.</summary>
    /// <exception cref="System.InvalidOperationException">Before the first <see cref="MoveNext"/> or after it returned false.</exception>
    /// <exception cref="System.ObjectDisposedException">The table has been disposed.</exception>
    public readonly ReadOnlyMappedRecord<T> Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => HeapLayout<T>.HasVariableLengthFields
            ? new(ref RecordEnumeration.CurrentStart(_storage, _index, _count, _stride), RecordViewLength<T>.Of(_length), _storage.Heap)
            : new(ref RecordEnumeration.CurrentStart(_storage, _index, _count, _stride), RecordViewLength<T>.Of(_length));
    }

    /// <summary>Advances to the next record; false after the last one published when enumeration started (and stays there).</summary>
    public bool MoveNext() => RecordEnumeration.MoveNext(ref _index, _count);

    /// <summary>Returns this enumerator, so it can be used directly in <c>foreach</c>.</summary>
    public readonly ReadOnlyRecordEnumerator<T> GetEnumerator() => this;
}

/// <summary>
/// Enumerates a writable table's records in order; <c>foreach (Trade.Ref r in table.EnumerateWritable())</c>, or with
/// <c>var</c> through the generated <c>table.EnumerateRefs()</c>, whose <c>Current</c> is the layout's <c>Ref</c>.
/// </summary>
/// <typeparam name="T">The layout.</typeparam>
public ref struct RecordEnumerator<T> where T : struct, IMappedLayout<T>
{
    private readonly TableStorage _storage;
    private readonly long _count;

    // The stride and record length, read once per enumeration: the file's, which differ from the layout's size for a
    // file of another layout version (docs/versioning.md). The length is checked here, once, so that Current views a
    // record of a layout without added fields at the layout's size as a JIT constant (RecordViewLength).
    private readonly int _stride;
    private readonly int _length;
    private long _index;

    internal RecordEnumerator(TableStorage storage)
    {
        _storage = storage;
        _count = storage.CountForLoop();
        _stride = storage.RecordSize;
        _length = TableRecordLength<T>.Checked(storage);
        _index = -1;
    }

    /// <summary>The current record.</summary>
    /// <exception cref="System.InvalidOperationException">Before the first <see cref="MoveNext"/> or after it returned false.</exception>
    /// <exception cref="System.ObjectDisposedException">The table has been disposed.</exception>
    public readonly MappedRecord<T> Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => HeapLayout<T>.HasVariableLengthFields
            ? new(ref RecordEnumeration.CurrentStart(_storage, _index, _count, _stride), RecordViewLength<T>.Of(_length), readOnly: false, _storage.Heap)
            : new(ref RecordEnumeration.CurrentStart(_storage, _index, _count, _stride), RecordViewLength<T>.Of(_length));
    }

    /// <summary>Advances to the next record; false after the last one published when enumeration started (and stays there).</summary>
    public bool MoveNext() => RecordEnumeration.MoveNext(ref _index, _count);

    /// <summary>Returns this enumerator, so it can be used directly in <c>foreach</c>.</summary>
    public readonly RecordEnumerator<T> GetEnumerator() => this;
}
