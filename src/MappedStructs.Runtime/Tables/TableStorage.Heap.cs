using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// The table's heap file, for a layout with variable-length fields (docs/tables.md, "Variable-length fields"): created
/// before the table file that names it, opened after the table's header is validated, committed before the count, and
/// unmapped after the records. A table without a heap has none of it, and its file is the format it always was.
/// </summary>
internal sealed unsafe partial class TableStorage
{
    // The heap file, or null for a table whose header names none (and for views of a file that do not resolve references, DescribedTable).
    private TableHeapStore? _heap;

    // The id the header's layout text names (null without a heap token); the heap is opened by OpenHeap.
    private readonly TableId? _heapId;

    /// <summary>The heap views of this table's records resolve references against: its newest mapping, or <see cref="MappedHeap.Detached"/> for a table without a heap.</summary>
    public MappedHeap Heap
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _heap is { } heap ? heap.Current : MappedHeap.Detached;
    }

    /// <summary>The heap file's store, or null; for tests and the tools that read a heap whole (compaction, the command-line tool).</summary>
    public TableHeapStore? HeapStore => _heap;

    /// <summary>The published heap length in bytes; 0 for a table without a heap.</summary>
    public long HeapLength
    {
        get
        {
            ThrowIfDisposed();
            return _heap?.PublishedLength ?? 0;
        }
    }

    /// <summary>
    /// Opens and validates the heap file the header names, if any (the table's typed opens do; a view of the raw file need
    /// not). Disposes this storage before rethrowing when the heap is refused, so the caller holds nothing.
    /// </summary>
    public TableStorage OpenHeap()
    {
        if (_heapId is { } id)
        {
            try
            {
                _heap = TableHeapStore.Open(this, id, _commits);
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        return this;
    }

    /// <summary>
    /// The heap file the table at <paramref name="path"/> names, read before <c>Create</c> replaces it, so that the
    /// replacement does not leave it behind as an orphan; null when the path holds no table with a heap, or no file.
    /// Best effort: a file that is not a readable table has no heap to remove.
    /// </summary>
    private static string? HeapOfExistingTable(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var existing = MappedFile.Open(path, MapAccess.Read);
            using MappedView prefix = existing.CreateView(0, Math.Min(existing.Length, TableFormat.MaxHeaderSize));
            var header = TableHeader.Read(prefix.GetReadOnlySpan(0, (int)prefix.Length), existing.Length, path);
            return header.HeapId is { } id ? HeapFormat.PathFor(path, id) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// How an exception names the record that starts at <paramref name="record"/>: "record 17 of table 'path'" when it is a
    /// record of this table's current or retired mappings, "a record of table 'path'" otherwise (a copy, or after disposal).
    /// </summary>
    public string DescribeRecord(ref byte record)
    {
        byte* address = (byte*)Unsafe.AsPointer(ref record);
        lock (_gate)
        {
            if (!IsDisposed)
            {
                if (IndexIn(_view, address) is long index)
                {
                    return $"record {index} of table '{Path}'";
                }

                foreach (MappedView retired in _retiredViews)
                {
                    if (IndexIn(retired, address) is long retiredIndex)
                    {
                        return $"record {retiredIndex} of table '{Path}'";
                    }
                }
            }
        }

        return $"a record of table '{Path}'";
    }

    private long? IndexIn(MappedView view, byte* address)
    {
        byte* records = (byte*)Unsafe.AsPointer(ref Unsafe.AsRef(in view.GetReadOnlyReference())) + RecordsOffset;
        long capacity = (view.Length - RecordsOffset) / RecordSize;
        if (address < records || address >= records + (capacity * RecordSize))
        {
            return null;
        }

        long offset = address - records;
        return offset % RecordSize == 0 ? offset / RecordSize : null;
    }
}
