using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// A table file opened for reading only: its indexer yields <see cref="ReadOnlyMappedRecord{T}"/> (convertible to the
/// generated <c>T.ReadOnlyRef</c>), so writes are impossible by type. It follows a writer in another process: when the
/// published count exceeds what is mapped, it remaps over the file's new length.
/// </summary>
/// <remarks>Any number of threads may read through one instance; <see cref="Dispose"/> must not race with them.</remarks>
/// <typeparam name="T">A generated <see cref="MappedLayoutAttribute"/> type.</typeparam>
public sealed class ReadOnlyMappedTable<T> : IDisposable where T : struct, IMappedLayout<T>
{
    private readonly TableStorage _storage;

    // As in MappedTable<T>: released after the mapping covers it, acquired before indexing, zero after Dispose.
    private long _knownCount;

    private ReadOnlyMappedTable(TableStorage storage)
    {
        _storage = storage;
        _knownCount = storage.ReadCount();
    }

    /// <summary>The file's path.</summary>
    public string Path => _storage.Path;

    /// <summary>The record layout.</summary>
    public LayoutInfo Layout => T.Layout;

    /// <summary>The number of published records, read with acquire ordering.</summary>
    public long Count => RefreshCount();

    /// <summary>The number of records the file has room for.</summary>
    public long Capacity => _storage.ReadCapacity();

    /// <summary>Opens <paramref name="path"/> read-only after validating its header.</summary>
    /// <exception cref="LayoutMismatchException">The file was written with a different layout.</exception>
    /// <exception cref="InvalidTableFileException">The file is truncated, not a table, of another version, or its header is inconsistent.</exception>
    [SuppressMessage("Design", "CA1000", Justification = "MappedTable<Trade>.Open(path) names the record type once, where it is needed.")]
    public static ReadOnlyMappedTable<T> Open(string path) => new(TableStorage.Open(path, MapAccess.Read, T.Layout));

    /// <summary>The record at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public ReadOnlyMappedRecord<T> this[long index]
    {
        get
        {
            if ((ulong)index >= (ulong)Volatile.Read(ref _knownCount))
            {
                long count = RefreshCount();
                if ((ulong)index >= (ulong)count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index), index, $"The table '{Path}' has {count} records.");
                }
            }

            return new ReadOnlyMappedRecord<T>(_storage.RecordBytes(index));
        }
    }

    /// <summary>Enumerates the records published when enumeration starts, in order.</summary>
    public ReadOnlyRecordEnumerator<T> GetEnumerator() => new(_storage, Count);

    /// <inheritdoc cref="MappedTable{T}.BinarySearch{TKey}"/>
    public long BinarySearch<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.BinarySearch(_storage, Count, key, keySelector);

    /// <summary>
    /// Unmaps the file. Every later use of the table throws <see cref="ObjectDisposedException"/>; record views obtained
    /// from this table must not be used afterwards.
    /// </summary>
    public void Dispose()
    {
        Volatile.Write(ref _knownCount, 0);
        _storage.Dispose();
    }

    private long RefreshCount()
    {
        long count = _storage.ReadCount();
        Volatile.Write(ref _knownCount, count);
        return count;
    }
}
