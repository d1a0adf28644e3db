using System;

namespace MappedStructs;

/// <summary>Binary search shared by the writable and read-only tables.</summary>
internal static class TableSearch
{
    public static long BinarySearch<T, TKey>(TableStorage storage, long count, TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector)
        where T : struct, IMappedLayout<T>
        where TKey : IComparable<TKey>
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        long low = 0;
        long high = count - 1;
        while (low <= high)
        {
            long middle = low + ((high - low) >> 1);

            // The selector is user code and may dispose the table; once per probe, not per field.
            storage.ThrowIfDisposed();
            int order = keySelector(new ReadOnlyMappedRecord<T>(ref storage.RecordStart(middle, LayoutSize<T>.Value))).CompareTo(key);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
