using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// Appending values: each at the heap's end rounded up to <see cref="HeapReference.OffsetUnit"/>, the file grown by doubling
/// (at least <see cref="HeapFormat.MinimumDataLength"/>) and remapped when full, then the new length published with a
/// release store, so a reader that acquires the length sees every value below it whole.
/// </summary>
internal sealed unsafe partial class TableHeapStore
{
    // The heap's end as this store, the appender, knows it: where the next value goes. Valid once _appending is set.
    private long _appendEnd;

    // Set once this store may append: its table became the file's appender (ReadWrite), or it appends privately (CopyOnWrite).
    private bool _appending;

    /// <inheritdoc />
    public override HeapReference Append(ReadOnlySpan<byte> value, string fieldName)
    {
        if (value.Length > HeapReference.MaxLength)
        {
            throw new ArgumentException($"{fieldName} is {value.Length} bytes; a variable-length value holds at most {HeapReference.MaxLength}.", nameof(value));
        }

        ThrowIfDisposed();
        if (!_appending)
        {
            BecomeAppender(fieldName);
        }

        long offset = _appendEnd;
        if (offset > HeapReference.MaxOffset)
        {
            throw new IOException($"The heap '{Path}' of table '{_table.Path}' is full: references reach offsets up to {HeapReference.MaxOffset}.");
        }

        long end = offset + value.Length;
        long padded = (end + HeapReference.OffsetUnit - 1) & ~(long)(HeapReference.OffsetUnit - 1);
        MappedHeap heap = Volatile.Read(ref _current);
        if (padded > heap._mappedLength)
        {
            heap = Grow(padded);
        }

        byte* target = heap._dataStart + offset;
        value.CopyTo(new Span<byte>(target, value.Length));

        // The padding is zeroed so that the file's bytes depend only on the values appended, never on a crashed writer's garbage.
        new Span<byte>(target + value.Length, (int)(padded - end)).Clear();
        _appendEnd = padded;
        Volatile.Write(ref PublishedField, padded);
        heap.RaiseKnownLength(padded);
        return HeapReference.Create(offset, value.Length);
    }

    /// <summary>
    /// Called by the table when it becomes the file's appender, under its gate and before it resets its own count: resumes
    /// at the committed heap length, as the table resumes at its committed count. Heap bytes past it (a crashed writer's,
    /// referenced only by records the table drops, or by records changed in place after the last commit) are garbage the
    /// next append overwrites.
    /// </summary>
    public void BeginAppending()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            long resume = Volatile.Read(ref PublishedField);
            if (_commits)
            {
                TableCommitRecord newest = ReadCommit();
                resume = newest.Count;
                _lastCommit = newest;
                if (Volatile.Read(ref PublishedField) != resume)
                {
                    Volatile.Write(ref PublishedField, resume);
                }
            }

            _appendEnd = resume;
            Volatile.Write(ref _appending, true);
        }
    }

    private void BecomeAppender(string fieldName)
    {
        switch (Access)
        {
            case MapAccess.Read:
                throw new InvalidOperationException($"The table '{_table.Path}' is read-only: {fieldName} cannot be written, because its heap '{Path}' is mapped read-only. Open the table MapAccess.ReadWrite to write variable-length fields.");
            case MapAccess.CopyOnWrite:
                // Private appends take no writer lock: they continue the published length this mapping shows.
                lock (_gate)
                {
                    _appendEnd = Volatile.Read(ref PublishedField);
                    Volatile.Write(ref _appending, true);
                }

                break;
            default:
                // Takes the table's writer lock (or throws IOException naming the table); the table then calls BeginAppending.
                _table.EnsureAppender();
                break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private MappedHeap Grow(long needed)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            MappedHeap current = _current;
            if (needed <= current._mappedLength)
            {
                return current;
            }

            if (Access != MapAccess.ReadWrite)
            {
                throw new InvalidOperationException($"The heap '{Path}' of table '{_table.Path}' is full ({current._mappedLength} bytes) and was opened {Access}: only a ReadWrite table can grow its heap.");
            }

            long doubled = current._mappedLength > long.MaxValue / 4 ? long.MaxValue / 2 : current._mappedLength * 2;
            long length = Math.Max(needed, Math.Max(doubled, HeapFormat.MinimumDataLength));
            _file.EnsureCapacity(HeapFormat.HeaderSize + length);

            // Durable before any length past the old end is published: otherwise a crash could leave a published (or
            // committed) length on disk that the file's length on disk does not hold, and the heap would not open.
            if (_commits)
            {
                _file.FlushFileToDisk();
            }

            return Attach(_file.CreateView(), _appendEnd);
        }
    }
}
