using System;

namespace MappedStructs;

/// <summary>
/// How <see cref="TableSort"/> compares records: by index into the table, or with a pivot record copied outside it (the
/// record being inserted, or the partition's pivot, which moves while the partition swaps records). Each comparison
/// checks that the table is alive before it hands a record to user code, because the previous call may have disposed it.
/// </summary>
internal interface IRecordOrder
{
    /// <summary>Remembers <paramref name="pivot"/> (a copy of a record) for <see cref="CompareToPivot"/>.</summary>
    void SetPivot(ReadOnlySpan<byte> pivot);

    /// <summary>The order of record <paramref name="index"/> relative to <paramref name="pivot"/>, the bytes last passed to <see cref="SetPivot"/> (negative: it sorts before).</summary>
    int CompareToPivot(long index, ReadOnlySpan<byte> pivot);

    /// <summary>The order of record <paramref name="left"/> relative to record <paramref name="right"/>.</summary>
    int Compare(long left, long right);
}

/// <summary>Orders records by a key read from each; the pivot's key is read once per pivot, not once per comparison.</summary>
internal struct KeyOrder<T, TKey>(TableStorage storage, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) : IRecordOrder
    where T : struct, IMappedLayout<T>
    where TKey : IComparable<TKey>
{
    private TKey _pivotKey = default!;

    public void SetPivot(ReadOnlySpan<byte> pivot) => _pivotKey = keySelector(TableRecords.Copied<T>(storage, pivot));

    public readonly int CompareToPivot(long index, ReadOnlySpan<byte> pivot) => KeyAt(index).CompareTo(_pivotKey);

    public readonly int Compare(long left, long right)
    {
        TKey leftKey = KeyAt(left);
        return leftKey.CompareTo(KeyAt(right));
    }

    private readonly TKey KeyAt(long index)
    {
        storage.ThrowIfDisposed();
        return keySelector(TableRecords.ReadOnly<T>(storage, index));
    }
}

/// <summary>Orders records with a user comparison of two records.</summary>
internal readonly struct ComparisonOrder<T>(TableStorage storage, Comparison<ReadOnlyMappedRecord<T>> comparison) : IRecordOrder
    where T : struct, IMappedLayout<T>
{
    public void SetPivot(ReadOnlySpan<byte> pivot)
    {
        // The comparison sees the pivot's bytes, which the sort keeps unchanged until the next SetPivot.
    }

    public int CompareToPivot(long index, ReadOnlySpan<byte> pivot)
    {
        storage.ThrowIfDisposed();
        return comparison(TableRecords.ReadOnly<T>(storage, index), TableRecords.Copied<T>(storage, pivot));
    }

    public int Compare(long left, long right)
    {
        storage.ThrowIfDisposed();
        return comparison(
            TableRecords.ReadOnly<T>(storage, left),
            TableRecords.ReadOnly<T>(storage, right));
    }
}
