using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The heap file of one table (docs/tables.md, "Variable-length fields"): a companion file <c>&lt;table&gt;.&lt;id&gt;.heap</c>
/// whose header page (<see cref="HeapFileHeader"/>) names the table's id and publishes the heap's length, and whose values
/// follow, each at a multiple of <see cref="HeapReference.OffsetUnit"/>. Its <see cref="TableStorage"/> owns it: it opens
/// it with the table, commits it before the table's count, and disposes it after the records. The concerns live in partial
/// files beside this one: opening and creating (<c>TableHeapStore.Files.cs</c>), appending and growth
/// (<c>TableHeapStore.Growth.cs</c>), following other processes (<c>TableHeapStore.Refresh.cs</c>) and the commit protocol
/// (<c>TableHeapStore.Commit.cs</c>).
/// </summary>
/// <remarks>
/// Like the records, every mapping the heap replaced stays mapped until the table is disposed, because a
/// <see cref="MappedHeap"/> handed to a view may still be in use; each has its own <see cref="MappedHeap"/>, whose base
/// and mapped length never change.
/// </remarks>
internal sealed unsafe partial class TableHeapStore : HeapStore, IDisposable
{
    private readonly TableStorage _table;
    private readonly MappedFile _file;

    // Serialises growth, remapping, commits and disposal; never taken on the read path or by an append that fits.
    private readonly Lock _gate = new();

    // Every mapping this store made, the newest last; all stay mapped until Dispose.
    private readonly List<(MappedView View, MappedHeap Heap)> _mappings = [];

    // The header page of the first mapping, which stays mapped for the store's life: the published length and the commit
    // records are read and written through it whatever mapping is current.
    private readonly byte* _header;

    // The newest mapping, replaced with a release store after it is built, read with an acquire load.
    private MappedHeap _current;

    private int _disposed;

    private TableHeapStore(TableStorage table, string path, MappedFile file, MapAccess access, TableId id, HeapFileHeader header, bool commits)
    {
        _table = table;
        _file = file;
        Path = path;
        Access = access;
        TableId = id;
        _commits = commits;
        _lastCommit = header.Commit;
        _current = null!;
        MappedView view = file.CreateView();
        _header = (byte*)Unsafe.AsPointer(ref Unsafe.AsRef(in view.GetReadOnlyReference()));
        Attach(view, header.PublishedLength);
    }

    /// <summary>The heap file's path.</summary>
    public string Path { get; }

    /// <summary>How the heap file is mapped: as its table is.</summary>
    public MapAccess Access { get; }

    /// <summary>The table id the heap's header and name carry (equal to its table's, checked at open).</summary>
    public TableId TableId { get; }

    /// <summary>The newest mapping: what a view made now is given.</summary>
    public MappedHeap Current => Volatile.Read(ref _current);

    /// <summary>The heap length published in the file's header (acquire load): every value below it is complete.</summary>
    public long PublishedLength
    {
        get
        {
            ThrowIfDisposed();
            return ReadPublished();
        }
    }

    private ref long PublishedField => ref Unsafe.AsRef<long>(_header + HeapFormat.PublishedLengthOffset);

    /// <summary>
    /// The published length (acquire load), except that a length past the file's end, which only a power loss leaves
    /// (<see cref="HeapFileHeader.IsStale"/>), reads as the committed length: what <see cref="PublishedLength"/> reports and
    /// where a private appender starts. The file's length is asked only when the published length is past the newest
    /// mapping. References are still resolved only against a mapping's known length; a refresh that finds a published
    /// length past the file while the table is open throws, since a running writer lengthens the file first.
    /// </summary>
    private long ReadPublished()
    {
        long published = Volatile.Read(ref PublishedField);
        if (published <= Volatile.Read(ref _current)._mappedLength || !HeapFileHeader.IsStale(published, _file.GetFileLength()))
        {
            return published;
        }

        return ReadCommit().Count;
    }

    /// <inheritdoc />
    public override string DescribeRecord(ref byte record) => _table.DescribeRecord(ref record);

    /// <summary>
    /// Unmaps every mapping and closes the file. Each <see cref="MappedHeap"/> forgets the length it knew first, so a read
    /// through a view that outlived its table takes the slow path, which throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed != 0)
            {
                return;
            }

            Volatile.Write(ref _disposed, 1);

            // Before anything is unmapped: an append that fits tests only this flag, not _disposed.
            Volatile.Write(ref _appending, false);
            foreach ((MappedView view, MappedHeap heap) in _mappings)
            {
                Volatile.Write(ref heap._knownLength, 0);
                view.Dispose();
            }

            _mappings.Clear();
            _file.Dispose();
        }
    }

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            ThrowDisposed();
        }
    }

    [DoesNotReturn]
    private void ThrowDisposed() => throw new ObjectDisposedException(GetType().FullName, $"The heap '{Path}' of table '{_table.Path}' has been disposed with its table.");

    /// <summary>Makes <paramref name="view"/> (of the whole file) the current mapping, known to cover <paramref name="knownLength"/> published bytes.</summary>
    private MappedHeap Attach(MappedView view, long knownLength)
    {
        byte* start = (byte*)Unsafe.AsPointer(ref Unsafe.AsRef(in view.GetReadOnlyReference()));
        var heap = new MappedHeap(this, start + HeapFormat.HeaderSize, view.Length - HeapFormat.HeaderSize, knownLength);
        _mappings.Add((view, heap));

        // Release: a thread that reads this heap (acquire) sees its base and lengths built.
        Volatile.Write(ref _current, heap);
        return heap;
    }
}
