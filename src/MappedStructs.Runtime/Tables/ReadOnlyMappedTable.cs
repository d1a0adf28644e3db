using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace MappedStructs;

/// <summary>
/// A table file opened for reading only: its indexer yields <see cref="ReadOnlyMappedRecord{T}"/> (convertible to the
/// generated <c>T.ReadOnlyRef</c>), so writes are impossible by type. It follows a writer in another process: when the
/// published count exceeds what is mapped, it remaps over the file's new length.
/// </summary>
/// <remarks>Any number of threads may read through one instance; <see cref="Dispose"/> must not race with them.</remarks>
/// <typeparam name="T">A generated <see cref="MappedLayoutAttribute"/> type.</typeparam>
public sealed partial class ReadOnlyMappedTable<T> : IDisposable where T : struct, IMappedLayout<T>
{
    private readonly TableStorage _storage;

    private ReadOnlyMappedTable(TableStorage storage)
    {
        // Records are addressed with LayoutSize<T>.Value and not checked again, so it must be the file's record size,
        // unless the file is of another layout version (accepted at open), whose records keep the file's stride.
        storage.BindLayout(LayoutSize<T>.Value, T.Layout.Name);
        _storage = storage;
    }

    /// <summary>The file's path.</summary>
    public string Path => _storage.Path;

    /// <summary>The record layout.</summary>
    public LayoutInfo Layout => T.Layout;

    /// <summary>The number of published records, read with acquire ordering.</summary>
    public long Count => _storage.CountForLoop();

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
            return TableRecords.ReadOnly<T>(_storage, _storage.CheckIndex(index));
        }
    }

    /// <summary>The record at <paramref name="index"/>; an <see cref="int"/> index binds here rather than being ambiguous between the <see cref="long"/> and <see cref="Index"/> overloads.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public ReadOnlyMappedRecord<T> this[int index] => this[(long)index];

    /// <summary>The record at <paramref name="index"/>; <c>table[^1]</c> is the last published record.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, <see cref="Count"/>).</exception>
    public ReadOnlyMappedRecord<T> this[Index index] => this[TableIndex.Resolve(_storage, index)];

    /// <inheritdoc cref="MappedTable{T}.HeapLength"/>
    public long HeapLength => _storage.HeapLength;

    /// <summary>The table's heap file, or null for a layout without variable-length fields; the seam for tests and for tools that read a heap whole.</summary>
    internal TableHeapStore? HeapStore => _storage.HeapStore;

    /// <summary>Enumerates the records published when enumeration starts, in order.</summary>
    public ReadOnlyRecordEnumerator<T> GetEnumerator() => new(_storage);

    /// <inheritdoc cref="MappedTable{T}.BinarySearch{TKey}"/>
    public long BinarySearch<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.BinarySearch(_storage, Count, key, keySelector);

    /// <inheritdoc cref="MappedTable{T}.LowerBound{TKey}"/>
    public long LowerBound<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.Bound(_storage, 0, Count, key, keySelector, upper: false);

    /// <inheritdoc cref="MappedTable{T}.UpperBound{TKey}"/>
    public long UpperBound<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.Bound(_storage, 0, Count, key, keySelector, upper: true);

    /// <inheritdoc cref="MappedTable{T}.EqualRange{TKey}"/>
    public (long Start, long End) EqualRange<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.EqualRange(_storage, Count, key, keySelector);

    /// <inheritdoc cref="MappedTable{T}.AsEnumerable"/>
    public IEnumerable<T> AsEnumerable() => TableValues.Copies<T>(_storage);

    /// <inheritdoc cref="MappedTable{T}.ToString"/>
    public override string ToString() => _storage.Describe("ReadOnlyMappedTable", T.Layout);

    /// <summary>
    /// Unmaps the file. Every later use of the table throws <see cref="ObjectDisposedException"/>; record views obtained
    /// from this table must not be used afterwards.
    /// </summary>
    public void Dispose()
    {
        _storage.Dispose();
    }
}
