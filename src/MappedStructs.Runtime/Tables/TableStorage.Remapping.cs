using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// Remapping: the writer grows the file and maps the new length; a reader remaps when it sees a count its mapping does not
/// cover. Every replaced view is retired, not unmapped, because records handed out from it may still be in use.
/// </summary>
internal sealed unsafe partial class TableStorage
{
    private readonly List<MappedView> _retiredViews = [];
    private MappedView _view;
    private byte* _base;

    // _base + RecordsOffset: the first record, so that a record's address is one load, a multiply and an add.
    private byte* _records;

    // Records the current view covers and that were validated against the file's length; every index used is below it.
    // Written with a release store after _base, read with an acquire load, so a thread that sees a capacity (or a count
    // bounded by it) also sees a base that covers it. Zero after Dispose, so every cached bound check fails.
    private long _mappedCapacity;

    /// <summary>Records the current mapping covers (the capacity seen at open or at the last remap or growth).</summary>
    public long MappedCapacity => Volatile.Read(ref _mappedCapacity);

    /// <summary>Makes room for at least <paramref name="minCapacity"/> records, doubling the capacity; the writer calls this.</summary>
    public void Grow(long minCapacity)
    {
        lock (_gate)
        {
            GrowLocked(minCapacity);
        }
    }

    private void GrowLocked(long minCapacity)
    {
        ThrowIfDisposed();
        if (Access != MapAccess.ReadWrite)
        {
            throw new InvalidOperationException($"The table '{Path}' is full ({_mappedCapacity} records) and was opened {Access}: only a ReadWrite table can grow its file.");
        }

        long maxCapacity = (long.MaxValue - RecordsOffset) / RecordSize;
        long newCapacity = _mappedCapacity >= maxCapacity / 2 ? maxCapacity : Math.Max(_mappedCapacity * 2, 1);
        newCapacity = Math.Max(newCapacity, minCapacity);
        if (newCapacity > maxCapacity)
        {
            throw new IOException($"The table '{Path}' cannot grow beyond {maxCapacity} records.");
        }

        _file.EnsureCapacity(RecordsOffset + (newCapacity * RecordSize));

        // Not synced here: an fsync at each doubling wrote every record appended so far to the disk, stalling the append
        // that grew a large table for as long. The next commit syncs the new length before it commits a count that needs
        // it; until then a power loss may leave a stored capacity past the file's end, which an open reads as what the
        // file holds (TableHeader.CapacityPastFileEnd).
        _grownSinceCommit = true;
        AttachView(_file.CreateView(), newCapacity);

        // The file is already long enough when readers see the new capacity.
        Volatile.Write(ref CapacityField, newCapacity);
    }

    /// <summary>
    /// Another process grew the table past <paramref name="count"/>: maps the file's new length after validating the
    /// header's capacity against it. The caller holds <see cref="_gate"/>.
    /// </summary>
    private void RemapToCover(long count)
    {
        // Capacity first, then the length: the writer lengthens the file before it stores a capacity, so a length read
        // after the capacity is at least what that capacity needs. In the other order a writer growing twice in between
        // would make a healthy table look corrupt (CapacityBeyondFile).
        long capacity = Volatile.Read(ref CapacityField);
        _hooks?.BetweenCapacityAndLengthReads?.Invoke();
        long fileLength = _file.GetFileLength();
        TableHeader.ValidateExtent(Path, fileLength, RecordsOffset, RecordSize, capacity, count);
        _file.EnsureCapacity(RecordsOffset + (capacity * RecordSize));
        AttachView(_file.CreateView(), capacity);
    }

    private void AttachView(MappedView view, long capacity)
    {
        if (RecordsOffset + (capacity * RecordSize) > view.Length)
        {
            long length = view.Length;
            view.Dispose();
            throw new InvalidTableFileException(Path, TableFileProblem.CapacityBeyondFile, $"capacity {capacity} needs {RecordsOffset + (capacity * RecordSize)} bytes but the mapping covers {length}.");
        }

        if (_view is not null)
        {
            // Records handed out from the old view may still be in use by the caller; keep it mapped until the table is disposed.
            _retiredViews.Add(_view);
        }

        _view = view;
        _base = (byte*)Unsafe.AsPointer(ref Unsafe.AsRef(in view.GetReadOnlyReference()));
        _records = _base + RecordsOffset;

        // Release: a thread that reads this capacity (acquire) also sees the base above.
        Volatile.Write(ref _mappedCapacity, capacity);
    }
}
