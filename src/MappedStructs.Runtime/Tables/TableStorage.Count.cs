using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The count protocol: the writer publishes the record count with a release store after the record's bytes, readers load
/// it with an acquire load, and each instance caches the last count it saw so that an index check is one compare. A count
/// beyond what is mapped means another process grew the file, which <see cref="RemapToCover"/> follows.
/// </summary>
internal sealed unsafe partial class TableStorage
{
    // The last count this instance observed; always <= the mapped capacity, so one comparison bounds every index.
    // Published with a release store after the mapping covers it and read with an acquire load, so a thread never pairs a
    // count with an older, smaller mapping. Zero after Dispose, so every index falls through to ReadCount, which throws.
    private long _knownCount;

    // 1 while appends that fit may skip the appender checks (MarkAppendReady); cleared before the file is unmapped.
    private int _appendReady;

    private ref long CountField => ref Unsafe.AsRef<long>(_base + TableFormat.CountOffset);

    private ref long CapacityField => ref Unsafe.AsRef<long>(_base + TableFormat.CapacityOffset);

    /// <summary>Reads the published count (see <see cref="ReadCount"/>) and remembers it for <see cref="CheckIndex"/>.</summary>
    /// <remarks>
    /// Never inlined: its remap path takes a lock, and inlined into a caller's loop setup (<c>table.Count</c>,
    /// <c>GetEnumerator</c>) that code made the JIT keep the loop's accumulator on the stack. One call per loop costs nothing.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public long RefreshKnownCount()
    {
        long count = ReadCount();
        Volatile.Write(ref _knownCount, count);
        return count;
    }

    /// <summary>Remembers a count this instance itself published (after an append).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RememberCount(long count) => Volatile.Write(ref _knownCount, count);

    /// <summary>
    /// Called by the table once an append has passed every check (writable, not a file of a newer layout version, the
    /// file's appender): those then hold until <see cref="Release"/> clears the flag, so later appends that fit skip them
    /// (<see cref="TryNextAppendIndex"/>). Copy-on-write tables are never marked: their count may follow a shared file
    /// that grows under them, which only the full path handles.
    /// </summary>
    public void MarkAppendReady()
    {
        if (Access == MapAccess.ReadWrite && Volatile.Read(ref _writerLock) is not null && !IsDisposed)
        {
            Volatile.Write(ref _appendReady, 1);
        }
    }

    /// <summary>
    /// The index the next record goes to, when this instance is a marked appender and the mapping has room for it: the
    /// live count, which only this instance writes. False sends the caller down the full path (checks, growth, throws).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNextAppendIndex(out long index)
    {
        if (_appendReady != 0)
        {
            long count = CountField;
            if ((ulong)count < (ulong)_mappedCapacity)
            {
                index = count;
                return true;
            }
        }

        index = 0;
        return false;
    }

    /// <summary>
    /// The one bounds check of the tables' indexers: compares with the remembered count, and only when the index is past
    /// it reads the header again (another process may have appended since).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long CheckIndex(long index)
    {
        if ((ulong)index >= (ulong)Volatile.Read(ref _knownCount))
        {
            CheckIndexAgainstHeader(index);
        }

        return index;
    }

    // Out of line: the inlined check in callers' loops stays one load, one compare and a branch.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckIndexAgainstHeader(long index)
    {
        long count = RefreshKnownCount();
        if ((ulong)index >= (ulong)count)
        {
            ThrowIndexOutOfRange(index, count);
        }
    }

    [DoesNotReturn]
    private void ThrowIndexOutOfRange(long index, long count) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, count == 0
            ? $"The table '{Path}' has no records."
            : $"The table '{Path}' has {count} records: the valid indices are 0 to {count - 1}.");

    /// <summary>
    /// The published count (acquire load); remaps first when another process has grown the table past the mapping. With
    /// no live writer at open, the committed count instead, until a writer starts (see <see cref="ServedCount"/>).
    /// </summary>
    public long ReadCount()
    {
        ThrowIfDisposed();
        long count = Volatile.Read(ref CountField);
        if ((ulong)count > (ulong)MappedCapacity)
        {
            // Opened past the file's end and no writer trusted yet: the live count is a power loss's; serve the committed
            // count, which the mapping covers, unless a writer has started since (then the count is read again, trusted).
            if (_capacityPastFileEnd && Volatile.Read(ref _trustLiveCount) == 0)
            {
                return ServedCount(count);
            }

            if (Access == MapAccess.CopyOnWrite)
            {
                return CopyOnWriteCount(count);
            }

            lock (_gate)
            {
                // Another thread of this instance may have remapped (or disposed) while this one waited.
                ThrowIfDisposed();
                if ((ulong)count > (ulong)_mappedCapacity)
                {
                    RemapToCover(count);
                }
            }
        }

        return ServedCount(count);
    }

    /// <summary>
    /// Publishes a new count with a release store: every byte written before this call is visible to a reader that sees
    /// the count. From then on this instance serves the live count (its own).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PublishCount(long count)
    {
        Volatile.Write(ref CountField, count);
        if (_trustLiveCount == 0)
        {
            Volatile.Write(ref _trustLiveCount, 1);
        }
    }

    /// <summary>The capacity stored in the header, validated: never below what is mapped, and covered by the file's length.</summary>
    public long ReadCapacity()
    {
        ThrowIfDisposed();
        long capacity = Volatile.Read(ref CapacityField);
        long mapped = MappedCapacity;
        if (capacity == mapped)
        {
            return capacity;
        }

        if (capacity < mapped)
        {
            throw new InvalidTableFileException(Path, TableFileProblem.InvalidHeaderField, $"the capacity {capacity} is below the {mapped} records already mapped; a table never shrinks.");
        }

        // Grown by the writer (or garbage): the length read after the capacity covers any capacity a writer published.
        long fileLength = _file.GetFileLength();

        // Opened past the file's end (a power loss's) and no writer has lowered it yet: the file holds what is mapped.
        if (_capacityPastFileEnd && TableHeader.IsPastFileEnd(fileLength, RecordsOffset, RecordSize, capacity))
        {
            return mapped;
        }

        TableHeader.ValidateExtent(Path, fileLength, RecordsOffset, RecordSize, capacity, 0);
        return capacity;
    }

    /// <summary>
    /// A CopyOnWrite table never remaps: a new private mapping would silently drop the private changes made through the
    /// current one. While this process has not written the header page, it still shows the file's count; records beyond
    /// the mapping are not this table's to read, so the count is clamped to what is mapped.
    /// </summary>
    private long CopyOnWriteCount(long count)
    {
        if (count < 0)
        {
            throw new InvalidTableFileException(Path, TableFileProblem.CountAboveCapacity, $"record count {count} is negative.");
        }

        return MappedCapacity;
    }
}
