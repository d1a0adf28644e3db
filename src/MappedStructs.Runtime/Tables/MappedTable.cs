using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// A file of <typeparamref name="T"/> records at a fixed stride behind a self-describing header page (see docs/tables.md).
/// The indexer yields the record in place (<c>Trade.Ref r = table[i];</c>); nothing is copied. One writer may append
/// while readers in other processes read: the count is published only after a record's bytes are written.
/// </summary>
/// <remarks>
/// Any number of threads may read through one instance; appends come from one thread at a time, and only one table of a
/// file may append (the first append takes an exclusive lock held until disposal). <see cref="Dispose"/> must not race
/// with other uses. Record views obtained from the table must not be used after the table is disposed. Views obtained
/// before the table grows stay valid (the old mapping is kept until disposal). A CopyOnWrite table never remaps: it sees
/// at most the records its mapping covered when opened.
/// </remarks>
/// <typeparam name="T">A generated <see cref="MappedLayoutAttribute"/> type.</typeparam>
public sealed partial class MappedTable<T> : IDisposable where T : struct, IMappedLayout<T>
{
    // Replaced by TrimExcess, which moves the table onto a new file; the storages it replaced stay mapped (record views
    // taken from them may still be in use) and keep the old file's writer lock until the table is disposed.
    private readonly List<TableStorage> _replacedStorages = [];
    private TableStorage _storage;

    private MappedTable(TableStorage storage)
    {
        // Records are addressed with LayoutSize<T>.Value and not checked again, so it must be the file's record size,
        // unless the file is of another layout version (accepted at open), whose records keep the file's stride.
        storage.BindLayout(LayoutSize<T>.Value, T.Layout.Name);
        _storage = storage;
    }

    /// <summary>The file's path.</summary>
    public string Path => _storage.Path;

    /// <summary>How the file is mapped.</summary>
    public MapAccess Access => _storage.Access;

    /// <summary>Whether records can be modified and appended (ReadWrite, or CopyOnWrite for private changes).</summary>
    public bool IsWritable => _storage.IsWritable;

    /// <summary>The record layout (the type's; equal to the file's, checked at open).</summary>
    public LayoutInfo Layout => T.Layout;

    /// <summary>The number of published records, read with acquire ordering (it grows while another process appends).</summary>
    public long Count => _storage.CountForLoop();

    /// <summary>The number of records the file has room for before it must grow.</summary>
    public long Capacity => _storage.ReadCapacity();

    /// <summary>
    /// Creates (or overwrites) <paramref name="path"/> as an empty table with room for <paramref name="capacity"/> records; for
    /// a layout with variable-length fields, first its empty heap file beside it, <c>&lt;path&gt;.&lt;id&gt;.heap</c> (docs/tables.md, "Variable-length fields").
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative or too large for a file.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is declared with <see cref="Endianness.PerView"/>: a table file has one byte order.</exception>
    [SuppressMessage("Design", "CA1000", Justification = "MappedTable<Trade>.Open(path) names the record type once, where it is needed.")]
    public static MappedTable<T> Create(string path, long capacity) =>
        new(TableStorage.Create(path, FixedOrderLayout.Of<T>(), capacity));

    /// <summary>Opens an existing table file after validating its header; the file is never modified by a failed open.</summary>
    /// <exception cref="LayoutMismatchException">The file was written with a different layout.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is declared with <see cref="Endianness.PerView"/>: a table file has one byte order.</exception>
    /// <exception cref="InvalidTableFileException">The file is truncated, not a table, of another version, or its header is inconsistent; or the heap file it names is missing, another table's, or invalid (<see cref="InvalidTableFileException.FilePath"/> is then the heap's).</exception>
    [SuppressMessage("Design", "CA1000", Justification = "MappedTable<Trade>.Open(path) names the record type once, where it is needed.")]
    public static MappedTable<T> Open(string path, MapAccess access) =>
        new(TableStorage.Open(path, access, FixedOrderLayout.Of<T>()));

    /// <summary>Creates as <see cref="Create(string, long)"/> does, with test seams in this table's storage.</summary>
    internal static MappedTable<T> Create(string path, long capacity, TableStorageHooks hooks) =>
        new(TableStorage.Create(path, T.Layout, capacity, hooks));

    /// <summary>Opens as <see cref="Open(string, MapAccess)"/> does, with test seams in this table's storage.</summary>
    internal static MappedTable<T> Open(string path, MapAccess access, TableStorageHooks hooks) =>
        new(TableStorage.Open(path, access, T.Layout, hooks));
    /// <summary>
    /// Opens an existing table file <see cref="MapAccess.Read"/>, the default of <see cref="MappedFile.Open"/>: records are
    /// read with <see cref="GetReadOnly(long)"/>, enumeration and the searches (or open a <see cref="ReadOnlyMappedTable{T}"/>,
    /// whose indexer is read-only by type).
    /// </summary>
    /// <inheritdoc cref="Open(string, MapAccess)"/>
    [SuppressMessage("Design", "CA1000", Justification = "MappedTable<Trade>.Open(path) names the record type once, where it is needed.")]
    public static MappedTable<T> Open(string path) => Open(path, MapAccess.Read);

    /// <summary>
    /// The record at <paramref name="index"/>, writable in place. On a table opened <see cref="MapAccess.Read"/> the record
    /// reads as on any table (<c>table[i].Price</c>, <c>(Trade.ReadOnlyRef)table[i]</c>), and each attempt to write it (a
    /// setter, <see cref="MappedRecord{T}.Store"/>, <see cref="MappedRecord{T}.Bytes"/>, the conversion to <c>Trade.Ref</c>)
    /// throws <see cref="InvalidOperationException"/>: its pages are mapped read-only, so a write would fault the process.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public MappedRecord<T> this[long index]
    {
        get
        {
            long checkedIndex = _storage.CheckIndex(index);
            bool readOnly = !_storage.IsWritable;
            if (HeapLayout<T>.HasVariableLengthFields)
            {
                return new MappedRecord<T>(ref _storage.RecordStart(checkedIndex, _storage.RecordSize), _storage.TypedRecordLength, readOnly, _storage.Heap);
            }

            return _storage.HasOtherStride
                ? new MappedRecord<T>(ref _storage.RecordStart(checkedIndex, _storage.RecordSize), RecordViewLength<T>.Of(TableRecordLength<T>.Checked(_storage)), readOnly)
                : new MappedRecord<T>(ref _storage.RecordStart(checkedIndex, LayoutSize<T>.Value), LayoutSize<T>.Value, readOnly);
        }
    }

    /// <summary>The record at <paramref name="index"/>, writable in place; an <see cref="int"/> index binds here rather than being ambiguous between the <see cref="long"/> and <see cref="Index"/> overloads.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public MappedRecord<T> this[int index] => this[(long)index];

    /// <summary>The record at <paramref name="index"/> (<c>table[^1]</c> is the last published record), writable in place.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, <see cref="Count"/>).</exception>
    public MappedRecord<T> this[Index index] => this[TableIndex.Resolve(_storage, index)];

    /// <summary>The record at <paramref name="index"/>, read-only.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public ReadOnlyMappedRecord<T> GetReadOnly(long index) => TableRecords.ReadOnly<T>(_storage, _storage.CheckIndex(index));

    /// <summary>The record at <paramref name="index"/>, read-only; an <see cref="int"/> index binds here rather than being ambiguous.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public ReadOnlyMappedRecord<T> GetReadOnly(int index) => GetReadOnly((long)index);

    /// <summary>The record at <paramref name="index"/> (<c>^1</c> is the last published record), read-only.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, <see cref="Count"/>).</exception>
    public ReadOnlyMappedRecord<T> GetReadOnly(Index index) => GetReadOnly(TableIndex.Resolve(_storage, index));

    /// <summary>
    /// Writes <paramref name="value"/> after the last record, growing the file (doubling its capacity) when full, then
    /// publishes the new count. Returns the record's index. For a layout with variable-length fields, the values are
    /// appended to the heap (and its length published) before the record that references them is written.
    /// </summary>
    /// <exception cref="InvalidOperationException">The table is read-only, or copy-on-write and full.</exception>
    /// <exception cref="IOException">Another table (in this or another process) is appending to the file; the first append of a ReadWrite table makes it the file's one appender until it is disposed.</exception>
    public long Append(in T value)
    {
        if (!_storage.TryNextAppendIndex(out long index))
        {
            index = NextAppendIndexSlow();
        }

        StoreRecord(value, index);
        PublishAppended(index + 1);
        return index;
    }

    // The checks of the first append (and after each growth): out of line, so that an append that fits inlines into the caller's loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long NextAppendIndexSlow()
    {
        RequireAppender();
        long index = _storage.ReadCount();
        if (index >= _storage.MappedCapacity)
        {
            _storage.Grow(index + 1);
        }

        _storage.MarkAppendReady();
        return index;
    }

    /// <summary>
    /// The heap's published length in bytes: how much the values of variable-length fields (<see cref="TextAttribute"/>,
    /// <see cref="BlobAttribute"/>, <see cref="VarArrayAttribute"/>) take in the table's heap file, garbage from replaced
    /// values included; 0 for a layout without such fields, whose table has no heap.
    /// </summary>
    public long HeapLength => _storage.HeapLength;

    /// <summary>The table's heap file, or null for a layout without variable-length fields; the seam for tests and for tools that read a heap whole.</summary>
    internal TableHeapStore? HeapStore => _storage.HeapStore;

    /// <summary>Enumerates the records published when enumeration starts, in order, read-only.</summary>
    public ReadOnlyRecordEnumerator<T> GetEnumerator() => new(_storage);

    /// <summary>Enumerates the records published when enumeration starts, in order, writable in place.</summary>
    /// <exception cref="InvalidOperationException">The table is read-only.</exception>
    public RecordEnumerator<T> EnumerateWritable()
    {
        RequireWritable();
        return new RecordEnumerator<T>(_storage);
    }

    /// <summary>
    /// Binary search over a table sorted ascending by the key <paramref name="keySelector"/> reads from each record.
    /// Returns the index of the first record whose key equals <paramref name="key"/> (the lowest index among equal keys,
    /// which is <see cref="LowerBound{TKey}"/>), or the bitwise complement of the index where it would be inserted (like
    /// <see cref="Array.BinarySearch(Array, object)"/>, which returns any of the equal ones).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="keySelector"/> is null.</exception>
    public long BinarySearch<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.BinarySearch(_storage, Count, key, keySelector);

    /// <summary>
    /// Writes changed pages of the file to disk (msync / FlushViewOfFile); a no-op for the file on copy-on-write tables.
    /// On the table appending to a version 2 file it is also a commit: once it returns, a crash or power loss at any later
    /// moment leaves a file that opens with at least the records appended before the call, each intact (docs/tables.md,
    /// "Crash safety: the commit protocol"). A table with a heap syncs and commits the heap first, so every committed record's
    /// values are durable before the count that covers it.
    /// </summary>
    /// <exception cref="IOException">The OS reported a write error; the last commit still stands.</exception>
    public void Flush() => _storage.Flush();

    /// <summary>Path, layout, count and capacity, for logs and the debugger; never throws.</summary>
    public override string ToString() => _storage.Describe("MappedTable", T.Layout);

    /// <summary>
    /// Commits (as <see cref="Flush"/> does) when this table is the file's appender, then unmaps the file and releases the
    /// writer lock. Every later use of the table (indexer, enumerators, search, count)
    /// throws <see cref="ObjectDisposedException"/>; record views obtained from this table must not be used afterwards.
    /// </summary>
    public void Dispose()
    {
        try
        {
            _storage.Dispose();
        }
        finally
        {
            // Even when the final commit fails: the files TrimExcess replaced must not stay mapped and locked.
            foreach (TableStorage replaced in _replacedStorages)
            {
                replaced.Dispose();
            }

            _replacedStorages.Clear();
        }
    }

    /// <summary>
    /// Stores <paramref name="value"/> as record <paramref name="index"/>: for a layout with variable-length fields, its
    /// values are appended to the heap (and the heap length published) before the record holding their references is written.
    /// </summary>
    private void StoreRecord(in T value, long index)
    {
        if (HeapLayout<T>.HasVariableLengthFields)
        {
            T.StoreTo(value, _storage.RecordBytes(index), _storage.Heap);
        }
        else
        {
            T.StoreTo(value, _storage.RecordBytes(index));
        }
    }

    private void RequireWritable()
    {
        if (!_storage.IsWritable)
        {
            throw new InvalidOperationException($"The table '{Path}' is read-only.");
        }
    }
}
