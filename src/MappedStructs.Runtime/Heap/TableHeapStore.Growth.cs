using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// <remarks>
    /// The path an append that fits takes is kept small enough to inline its copy: no calls but the copy itself, the padding
    /// zeroed with one word store, and the known length raised with a plain release store (the appender is the only thread
    /// that appends; a thread refreshing the same mapping raises it with a compare-exchange that never lowers it).
    /// </remarks>
    public override HeapReference Append(ReadOnlySpan<byte> value, string fieldName)
    {
        long offset = _appendEnd;
        MappedHeap heap = _current;
        int length = value.Length;
        long padded = (offset + length + HeapReference.OffsetUnit - 1) & ~(long)(HeapReference.OffsetUnit - 1);

        // One branch for every reason to leave the fast path: not yet the appender (or disposed, which clears _appending),
        // an empty or oversized value, an offset a reference cannot encode, or a full mapping.
        if (!_appending || (uint)(length - 1) >= HeapReference.MaxLength || offset > HeapReference.MaxOffset || padded > heap._mappedLength)
        {
            return AppendSlow(value, fieldName);
        }

        byte* target = heap._dataStart + offset;

        // The padding is zeroed so that the file's bytes depend only on the values appended, never on a crashed writer's
        // garbage: the value's last word is cleared first (a non-empty value padded to 8 bytes ends in a whole word), then
        // the value is copied over its part of it.
        *(ulong*)(target + (padded - offset) - sizeof(ulong)) = 0;
        Unsafe.CopyBlockUnaligned(ref *target, ref MemoryMarshal.GetReference(value), (uint)length);
        _appendEnd = padded;
        Volatile.Write(ref PublishedField, padded);
        Volatile.Write(ref heap._knownLength, padded);
        return new HeapReference(((ulong)(offset / HeapReference.OffsetUnit) << HeapReference.LengthBits) | (uint)length);
    }

    // Everything the fast path leaves: the checks that throw, becoming the appender, growth. Once they hold, the append
    // is the fast path's, which then cannot leave again (the value is non-empty and encodable, the mapping covers it).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private HeapReference AppendSlow(ReadOnlySpan<byte> value, string fieldName)
    {
        if (value.Length > HeapReference.MaxLength)
        {
            throw new ArgumentException($"{fieldName} is {value.Length} bytes; a variable-length value holds at most {HeapReference.MaxLength}.", nameof(value));
        }

        ThrowIfDisposed();
        if (value.IsEmpty)
        {
            return default;
        }

        if (!_appending)
        {
            BecomeAppender(fieldName);
        }

        long offset = _appendEnd;
        if (offset > HeapReference.MaxOffset)
        {
            throw new IOException($"The heap '{Path}' of table '{_table.Path}' is full: references reach offsets up to {HeapReference.MaxOffset}.");
        }

        long padded = (offset + value.Length + HeapReference.OffsetUnit - 1) & ~(long)(HeapReference.OffsetUnit - 1);
        if (padded > Volatile.Read(ref _current)._mappedLength)
        {
            Grow(padded);
        }

        return Append(value, fieldName);
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
            long resume = ReadPublished();
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
                    _appendEnd = ReadPublished();
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

            // Not synced here (that wrote every dirty value to the disk at each doubling, and made appends three times
            // slower): the next commit syncs the file's new length before it commits a length that needs it. Until then a
            // power loss may leave a published length past the file's end on disk, which an open reads as stale
            // (HeapFileHeader.Read): the heap opens at its committed length.
            _grownSinceCommit = true;
            return Attach(_file.CreateView(), _appendEnd);
        }
    }
}
