using System;
using System.Diagnostics.CodeAnalysis;

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

    private ReadOnlyMappedTable(TableStorage storage)
    {
        // Records are addressed with LayoutSize<T>.Value and not checked again, so it must be the file's record size.
        storage.RequireRecordSize(LayoutSize<T>.Value, T.Layout.Name);
        _storage = storage;
    }

    /// <summary>The file's path.</summary>
    public string Path => _storage.Path;

    /// <summary>The record layout.</summary>
    public LayoutInfo Layout => T.Layout;

    /// <summary>The number of published records, read with acquire ordering.</summary>
    public long Count => _storage.RefreshKnownCount();

    /// <summary>The number of records the file has room for.</summary>
    public long Capacity => _storage.ReadCapacity();

    /// <summary>Opens <paramref name="path"/> read-only after validating its header.</summary>
    /// <exception cref="LayoutMismatchException">The file was written with a different layout.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is declared with <see cref="Endianness.PerView"/>: a table file has one byte order.</exception>
    /// <exception cref="InvalidTableFileException">The file is truncated, not a table, of another version, or its header is inconsistent.</exception>
    [SuppressMessage("Design", "CA1000", Justification = "MappedTable<Trade>.Open(path) names the record type once, where it is needed.")]
    public static ReadOnlyMappedTable<T> Open(string path) => new(TableStorage.Open(path, MapAccess.Read, FixedOrderLayout.Of<T>()));

    /// <summary>Opens as <see cref="Open(string)"/> does, with test seams in this table's storage.</summary>
    internal static ReadOnlyMappedTable<T> Open(string path, TableStorageHooks hooks) => new(TableStorage.Open(path, MapAccess.Read, FixedOrderLayout.Of<T>(), hooks));

    /// <summary>The record at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public ReadOnlyMappedRecord<T> this[long index]
    {
        get
        {
            return new ReadOnlyMappedRecord<T>(ref _storage.RecordStart(_storage.CheckIndex(index), LayoutSize<T>.Value));
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
        _storage.Dispose();
    }
}
