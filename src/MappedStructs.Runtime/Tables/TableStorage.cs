using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The untyped half of a table: owns the file and the view over header and records, and addresses records in it.
/// One writer and any number of readers (in this or other processes) may use the same file; the writer stores a
/// record's bytes, then publishes the count with a release store; readers load the count with an acquire load, so every
/// record below the count they see is complete. The concerns live in partial files beside this one: opening and creating
/// the file (<c>TableStorage.Files.cs</c>), the count protocol (<c>TableStorage.Count.cs</c>), remapping and retired
/// views (<c>TableStorage.Remapping.cs</c>), the writer lock (<c>TableStorage.WriterLock.cs</c>) and the heap file of a layout
/// with variable-length fields (<c>TableStorage.Heap.cs</c>).
/// </summary>
internal sealed unsafe partial class TableStorage : IDisposable
{
    private readonly MappedFile _file;

    // Test seams; null in production.
    private readonly TableStorageHooks? _hooks;

    // Serialises remapping, growth, taking the writer lock and disposal; never taken on the per-record path.
    private readonly Lock _gate = new();

    private int _disposed;

    private TableStorage(string path, MappedFile file, MapAccess access, TableHeader header, TableStorageHooks? hooks)
    {
        Path = path;
        _file = file;
        _hooks = hooks;
        Access = access;
        RecordSize = header.RecordSize;
        RecordsOffset = header.RecordsOffset;
        _view = null!;
        _heapId = header.HeapId;
        AttachView(file.CreateView(), header.Capacity);
        try
        {
            InitialiseCommitState(header);
        }
        catch
        {
            // The caller disposes the file; the view's own lease would keep the region mapped.
            _view.Dispose();
            throw;
        }
    }

    public string Path { get; }

    public MapAccess Access { get; }

    public int RecordSize { get; }

    public long RecordsOffset { get; }

    public bool IsWritable => Access != MapAccess.Read;

    /// <summary>Whether <see cref="Dispose"/> has run; checked wherever a record view is created without a bound check that would fail.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>
    /// Checks, once per table, that the typed table's record size is the file's: the typed paths (<see cref="RecordStart"/>)
    /// do not compare them per record. Open and Create already refuse a header of another size, so this fails only for a
    /// layout whose <c>Layout.Size</c> changes between calls; the storage is disposed before throwing.
    /// </summary>
    public void RequireRecordSize(int recordSize, string layoutName)
    {
        if (recordSize != RecordSize)
        {
            Dispose();
            throw new InvalidOperationException($"The table '{Path}' has {RecordSize}-byte records but {layoutName} addresses {recordSize}-byte records.");
        }
    }

    /// <summary>Throws <see cref="ObjectDisposedException"/> naming the file after <see cref="Dispose"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            ThrowDisposed();
        }
    }

    [DoesNotReturn]
    private void ThrowDisposed() => throw new ObjectDisposedException(GetType().FullName, $"The table '{Path}' has been disposed.");

    /// <summary>The bytes of record <paramref name="index"/>; the caller has checked index against a count no larger than <see cref="MappedCapacity"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> RecordBytes(long index) => MemoryMarshal.CreateSpan(ref RecordStart(index, RecordSize), RecordSize);

    /// <summary>
    /// The first byte of record <paramref name="index"/>, for typed callers that pass their layout's size (equal to
    /// <see cref="RecordSize"/>, checked at open) as a JIT constant; the caller has checked the index as for <see cref="RecordBytes"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref byte RecordStart(long index, int recordSize)
    {
        Debug.Assert(recordSize == RecordSize, "the table checked its layout's size against the file's when it was created");
        return ref *(_records + (index * recordSize));
    }

    /// <summary>
    /// Syncs the mapping; for the appender of a version 2 file, a commit (see <see cref="CommitLocked"/>), so that a crash
    /// at any later moment leaves at least the records published before this call.
    /// </summary>
    public void Flush()
    {
        MappedView view;
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_commits && _writerLock is not null)
            {
                CommitLocked(writerActive: true);
                return;
            }

            view = _view;
        }

        // Heap first, as a commit orders it; this instance commits nothing, so the order only keeps the two alike.
        _heap?.Commit(asAppender: false);
        view.Flush();
    }

    /// <summary>
    /// Unmaps, after a final commit when this instance is the appender of a version 2 file (a failed commit still unmaps
    /// and then throws). The cached capacity becomes 0 first, so every index check (of this storage and of the tables' cached counts,
    /// which they zero too) falls through to <see cref="ReadCount"/> and throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                return;
            }

            try
            {
                if (_commits && _writerLock is not null)
                {
                    // The final commit: the file says no writer is active, and every appended record is durable.
                    CommitLocked(writerActive: false);
                }
            }
            finally
            {
                Release();
            }
        }
    }

    // Unmaps and lets go of the file and the writer lock; the caller holds _gate.
    private void Release()
    {
        Volatile.Write(ref _appendReady, 0);
        Volatile.Write(ref _disposed, 1);
        Volatile.Write(ref _knownCount, 0);
        Volatile.Write(ref _mappedCapacity, 0);
        _base = null;
        _records = null;
        _view.Dispose();
        foreach (MappedView view in _retiredViews)
        {
            view.Dispose();
        }

        _retiredViews.Clear();

        // After the records: a record view outliving its mapping never pairs with a heap that is still mapped.
        _heap?.Dispose();
        if (_writerLock is not null)
        {
            _writerLock.Dispose();
            _writerLock = null;
            UnregisterAppender(Path);
        }

        _file.Dispose();
    }
}
