using System;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The commit protocol of version 2 files (docs/tables.md, "Crash safety: the commit protocol"). The live count at offset
/// 56 serves readers while a writer lives; the commit records are the durable count. A commit reads the live count,
/// syncs the mapping (every record below that count is then on disk), and only then writes the next commit record and
/// syncs the header. A table opened while no writer holds the file uses the newest commit's count, because after a crash
/// the live count on disk may cover records whose pages never reached the disk; it follows the live count again once a
/// new writer has committed that it started (the commit sequence moves on), or once it publishes a count itself.
/// </summary>
internal sealed unsafe partial class TableStorage
{
    // Whether this file keeps commit records (version 2, and the test switch off).
    private bool _commits;

    // The commit record this instance opened with; written once, before any other thread can see the instance.
    private TableCommitRecord _openedCommit;

    // The last commit record this instance wrote as the appender (or the one it resumed from); used under _gate only.
    private TableCommitRecord _lastCommit;

    // 1 when the live count is the count to serve: a writer was live at open, or this instance published or began appending.
    private int _trustLiveCount;

    // Set when the header's capacity lay past the file's end at open (a power loss's, TableHeader.CapacityPastFileEnd): the
    // mapping covers what the file holds, and until a writer starts this instance serves the committed count and reports
    // that capacity. Written once, before any other thread can see the instance.
    private bool _capacityPastFileEnd;

    // Set when the file grew since the last commit, which must then make the file's new length durable; used under _gate.
    private bool _grownSinceCommit;

    private int HeaderSize => (int)RecordsOffset;

    private void InitialiseCommitState(TableHeader header)
    {
        _commits = header.Commit is not null && _hooks?.CommitProtocolDisabled != true;
        _openedCommit = header.Commit.GetValueOrDefault();
        _lastCommit = _openedCommit;
        _capacityPastFileEnd = header.CapacityPastFileEnd;

        // A capacity past the file's end is a power loss's, so its live count is as stale as the capacity, even when equal.
        _trustLiveCount = !_commits || (header.Count == _openedCommit.Count && !_capacityPastFileEnd) || HasLiveWriter(_file, Path) ? 1 : 0;
    }

    /// <summary>
    /// The count to serve given the live count just read: the live count when it is trusted; otherwise the committed count
    /// until a writer has started since this table opened (its first commit record moves the sequence on, written after it
    /// reset the live count to the committed one, so a live count read after that sequence is every writer's own).
    /// </summary>
    private long ServedCount(long liveCount)
    {
        if (Volatile.Read(ref _trustLiveCount) != 0 || liveCount == _openedCommit.Count)
        {
            return liveCount;
        }

        TableCommitRecord? newest = TableCommitRecord.ReadNewest(new ReadOnlySpan<byte>(_base, HeaderSize), HeaderSize);
        if (newest is { } commit && commit.Sequence != _openedCommit.Sequence)
        {
            // Pairs with the barrier in BeginAppending: the count is read after the sequence, never before it.
            Interlocked.MemoryBarrier();
            // The live count read before the sequence may still be the crashed writer's; read it again, trusted now.
            Volatile.Write(ref _trustLiveCount, 1);
            return ReadCount();
        }

        return _openedCommit.Count;
    }

    /// <summary>
    /// Called once, under <see cref="_gate"/>, when this instance has just become the file's appender: resumes at the
    /// newest commit's count (dropping any count a crashed writer published but never committed) and durably marks the
    /// file as being written before the live count can change.
    /// </summary>
    private void BeginAppending()
    {
        // The heap resumes at its committed length first: the records the count reset below keeps reference nothing past it.
        _heap?.BeginAppending();
        Volatile.Write(ref _trustLiveCount, 1);
        if (!_commits)
        {
            return;
        }

        TableCommitRecord newest = TableHeader.ReadCommit(new ReadOnlySpan<byte>(_base, HeaderSize), HeaderSize, Volatile.Read(ref CapacityField), Path);

        // A capacity past the file's end (a power loss's) is lowered to what the file holds, which covers the committed
        // count, before the count is reset and the commit below tells readers a writer started: no reader has mapped more.
        if (TableHeader.IsPastFileEnd(_file.GetFileLength(), RecordsOffset, RecordSize, Volatile.Read(ref CapacityField)))
        {
            Volatile.Write(ref CapacityField, _mappedCapacity);
        }

        if (Volatile.Read(ref CountField) != newest.Count)
        {
            if (newest.Count > _mappedCapacity)
            {
                RemapToCover(newest.Count);
            }

            Volatile.Write(ref CountField, newest.Count);
        }

        // The reset must be visible before the commit record below, whose plain stores could otherwise overtake it on
        // weakly ordered processors (Arm64): a reader that sees the new sequence trusts the live count it reads next.
        Interlocked.MemoryBarrier();

        // A count cached from the crashed writer's live count must not outlive the reset.
        Volatile.Write(ref _knownCount, Math.Min(Volatile.Read(ref _knownCount), newest.Count));
        _lastCommit = newest;
        WriteCommit(newest.Count, writerActive: true);
    }

    /// <summary>
    /// A commit: syncs every dirty page of the mapping, then, if this instance is the appender of a version 2 file, writes
    /// the count read before the sync as the next commit record and syncs the header. The caller holds <see cref="_gate"/>.
    /// </summary>
    private void CommitLocked(bool writerActive)
    {
        // Read before the sync: every record below this count was written before it was published, so the sync covers it.
        long count = Volatile.Read(ref CountField);

        // The heap before the records: every record below the count had its values appended (and the heap length
        // published) before the count was published, so the heap length committed here covers what those records reference.
        if (_heap is not null)
        {
            _heap.Commit(asAppender: _writerLock is not null);
            _hooks?.BetweenHeapAndCountCommits?.Invoke();
        }

        // After growth the file's new length must reach the disk with the records, before a commit record that needs it:
        // an fsync (FlushFileBuffers on Windows) rather than a sync of the mapped range.
        if (_grownSinceCommit)
        {
            _file.FlushFileToDisk();
            _grownSinceCommit = false;
        }
        else
        {
            _view.Flush();
        }

        if (_commits && _writerLock is not null && (count != _lastCommit.Count || writerActive != _lastCommit.WriterActive))
        {
            WriteCommit(count, writerActive);
        }
    }

    private void WriteCommit(long count, bool writerActive)
    {
        TableCommitRecord next = _lastCommit.Next(count, writerActive);
        next.WriteTo(new Span<byte>(_base, HeaderSize), HeaderSize);
        _file.Flush(0, HeaderSize);
        _lastCommit = next;
    }
}
