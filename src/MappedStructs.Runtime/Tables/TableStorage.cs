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
/// views (<c>TableStorage.Remapping.cs</c>) and the writer lock (<c>TableStorage.WriterLock.cs</c>).
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
        AttachView(file.CreateView(), header.Capacity);
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

    public void Flush()
    {
        MappedView view;
        lock (_gate)
        {
            ThrowIfDisposed();
            view = _view;
        }

        view.Flush();
    }

    /// <summary>
    /// Unmaps. The cached capacity becomes 0 first, so every index check (of this storage and of the tables' cached counts,
    /// which they zero too) falls through to <see cref="ReadCount"/> and throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

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
            _writerLock?.Dispose();
            _writerLock = null;
            _file.Dispose();
        }
    }
}
