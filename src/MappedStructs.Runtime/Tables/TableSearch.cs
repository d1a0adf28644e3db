using System;

namespace MappedStructs;

/// <summary>
/// The one binary-search core behind <c>BinarySearch</c>, <c>LowerBound</c>, <c>UpperBound</c> and <c>EqualRange</c> of
/// both table types, over records [0, count) sorted ascending by the key a selector reads.
/// </summary>
internal static class TableSearch
{
    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="count"/>) whose key is not below <paramref name="key"/>
    /// (<paramref name="upper"/> false) or is above it (<paramref name="upper"/> true); <paramref name="count"/> when there is none.
    /// </summary>
    public static long Bound<T, TKey>(TableStorage storage, long from, long count, TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector, bool upper)
        where T : struct, IMappedLayout<T>
        where TKey : IComparable<TKey>
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        long low = from;
        long high = count;
        while (low < high)
        {
            long middle = low + ((high - low) >> 1);
            int order = KeyAt(storage, middle, keySelector).CompareTo(key);
            if (order < 0 || (upper && order == 0))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The lowest index whose key equals <paramref name="key"/>, or the bitwise complement of the index where it would be inserted.</summary>
    public static long BinarySearch<T, TKey>(TableStorage storage, long count, TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector)
        where T : struct, IMappedLayout<T>
        where TKey : IComparable<TKey>
    {
        long lower = Bound(storage, 0, count, key, keySelector, upper: false);
        return lower < count && KeyAt(storage, lower, keySelector).CompareTo(key) == 0 ? lower : ~lower;
    }

    /// <summary>[lower bound, upper bound): every record whose key equals <paramref name="key"/>; empty (Start == End) at the insertion point when none does.</summary>
    public static (long Start, long End) EqualRange<T, TKey>(TableStorage storage, long count, TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector)
        where T : struct, IMappedLayout<T>
        where TKey : IComparable<TKey>
    {
        long start = Bound(storage, 0, count, key, keySelector, upper: false);
        return (start, Bound(storage, start, count, key, keySelector, upper: true));
    }

    private static TKey KeyAt<T, TKey>(TableStorage storage, long index, Func<ReadOnlyMappedRecord<T>, TKey> keySelector)
        where T : struct, IMappedLayout<T>
    {
        // The selector is user code and may dispose the table; once per probe, not per field.
        storage.ThrowIfDisposed();
        return keySelector(TableRecords.ReadOnly<T>(storage, index));
    }
}
