using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Work on many records at once: reserving room for a batch (one growth), lowering the count, copying the records into
/// another table's file, and the table's description.
/// </summary>
internal sealed unsafe partial class TableStorage
{
    /// <summary>
    /// Makes room for <paramref name="additional"/> records after the published count, growing the file at most once, and
    /// returns that count (the index of the batch's first record). Nothing is published.
    /// </summary>
    public long ReserveForAppend(long additional)
    {
        long start = ReadCount();
        if (additional > long.MaxValue - start)
        {
            throw new IOException($"The table '{Path}' cannot hold {additional} more records after its {start}.");
        }

        if (start + additional > MappedCapacity)
        {
            Grow(start + additional);
        }

        return start;
    }

    /// <summary>
    /// Lowers the published count to <paramref name="count"/>; the file's length and the records' bytes stay, so a reader
    /// in another process that still uses a higher count reads bytes inside its mapping. On a version 2 file the lower
    /// count is committed at once: later appends overwrite the records beyond it, so a crash must not bring back an older,
    /// higher commit that would cover records half-overwritten by them.
    /// </summary>
    public void LowerCount(long count)
    {
        long current = ReadCount();
        if ((ulong)count > (ulong)current)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The table '{Path}' has {current} records: a truncation keeps 0 to {current}.");
        }

        PublishCount(count);
        RememberCount(count);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_commits && _writerLock is not null)
            {
                CommitLocked(writerActive: true);
            }
        }
    }

    /// <summary>Copies records [0, <paramref name="count"/>) into <paramref name="target"/>, whose mapping covers them.</summary>
    public void CopyRecordsTo(TableStorage target, long count)
    {
        ThrowIfDisposed();
        target.ThrowIfDisposed();
        if ((ulong)count > (ulong)MappedCapacity || (ulong)count > (ulong)target.MappedCapacity || target.RecordSize != RecordSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"{count} records do not fit both '{Path}' and '{target.Path}'.");
        }

        long bytes = count * RecordSize;
        Buffer.MemoryCopy(_records, target._records, bytes, bytes);
    }

    /// <summary>What <c>ToString</c> of a table says: path, layout, count and capacity; never throws.</summary>
    public string Describe(string tableType, LayoutInfo layout)
    {
        string prefix = $"{tableType} '{Path}' ({layout.Name}, {RecordSize}-byte records, {Access})";
        try
        {
            return $"{prefix}: {ReadCount()} records, capacity {ReadCapacity()}";
        }
        catch (ObjectDisposedException)
        {
            return $"{prefix}: disposed";
        }
        catch (IOException e)
        {
            return $"{prefix}: unreadable header ({e.Message})";
        }
    }
}
