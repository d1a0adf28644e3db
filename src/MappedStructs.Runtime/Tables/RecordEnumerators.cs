using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// The bound and disposal checks both enumerators share: one of each per record, none per field. The enumerators stay two
/// thin types because the type of <c>Current</c> (a writable or a read-only record) is what makes writes impossible by type.
/// </summary>
internal static class RecordEnumeration
{
    public static bool MoveNext(ref long index, long count)
    {
        if (index < count)
        {
            index++;
        }

        // Clamped at count, so Current keeps failing however often MoveNext is called after the end.
        return index < count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref byte CurrentStart(TableStorage storage, long index, long count, int recordSize)
    {
        if ((ulong)index >= (ulong)count)
        {
            ThrowNotOnRecord(index);
        }

        // A disposed storage has no mapping; the enumerator's count was taken before it was disposed.
        storage.ThrowIfDisposed();
        return ref storage.RecordStart(index, recordSize);
    }

    [DoesNotReturn]
    private static void ThrowNotOnRecord(long index) =>
        throw new InvalidOperationException(index < 0 ? "Enumeration has not started: call MoveNext first." : "Enumeration has ended: MoveNext returned false.");
}

/// <summary>Enumerates a table's records in order, read-only; <c>foreach (Trade.ReadOnlyRef r in table)</c> converts each one.</summary>
/// <typeparam name="T">The layout.</typeparam>
public ref struct ReadOnlyRecordEnumerator<T> where T : struct, IMappedLayout<T>
{
    private readonly TableStorage _storage;
    private readonly long _count;

    // The stride and record length, read once per enumeration: the file's, which differ from the layout's size for a
    // file of another layout version (docs/versioning.md).
    private readonly int _stride;
    private readonly int _length;
    private long _index;

    internal ReadOnlyRecordEnumerator(TableStorage storage, long count)
    {
        _storage = storage;
        _count = count;
        _stride = storage.RecordSize;
        _length = storage.TypedRecordLength;
        _index = -1;
    }

    /// <summary>The current record.</summary>
    /// <exception cref="InvalidOperationException">Before the first <see cref="MoveNext"/> or after it returned false.</exception>
    /// <exception cref="ObjectDisposedException">The table has been disposed.</exception>
    public readonly ReadOnlyMappedRecord<T> Current => new(ref RecordEnumeration.CurrentStart(_storage, _index, _count, _stride), _length);

    /// <summary>Advances to the next record; false after the last one published when enumeration started (and stays there).</summary>
    public bool MoveNext() => RecordEnumeration.MoveNext(ref _index, _count);

    /// <summary>Returns this enumerator, so it can be used directly in <c>foreach</c>.</summary>
    public readonly ReadOnlyRecordEnumerator<T> GetEnumerator() => this;
}

/// <summary>Enumerates a writable table's records in order; <c>foreach (Trade.Ref r in table.EnumerateWritable())</c>.</summary>
/// <typeparam name="T">The layout.</typeparam>
public ref struct RecordEnumerator<T> where T : struct, IMappedLayout<T>
{
    private readonly TableStorage _storage;
    private readonly long _count;

    // The stride and record length, read once per enumeration: the file's, which differ from the layout's size for a
    // file of another layout version (docs/versioning.md).
    private readonly int _stride;
    private readonly int _length;
    private long _index;

    internal RecordEnumerator(TableStorage storage, long count)
    {
        _storage = storage;
        _count = count;
        _stride = storage.RecordSize;
        _length = storage.TypedRecordLength;
        _index = -1;
    }

    /// <summary>The current record.</summary>
    /// <exception cref="InvalidOperationException">Before the first <see cref="MoveNext"/> or after it returned false.</exception>
    /// <exception cref="ObjectDisposedException">The table has been disposed.</exception>
    public readonly MappedRecord<T> Current => new(ref RecordEnumeration.CurrentStart(_storage, _index, _count, _stride), _length);

    /// <summary>Advances to the next record; false after the last one published when enumeration started (and stays there).</summary>
    public bool MoveNext() => RecordEnumeration.MoveNext(ref _index, _count);

    /// <summary>Returns this enumerator, so it can be used directly in <c>foreach</c>.</summary>
    public readonly RecordEnumerator<T> GetEnumerator() => this;
}
