using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The journal's one appender (docs/journal.md, "Publishing: never torn"): claims a frame in the current cycle file, lets
/// the caller fill it in place, publishes it, and rolls to a new cycle file when the frame does not fit or the period ends.
/// Not thread-safe: one thread appends at a time.
/// </summary>
public sealed class JournalAppender : IDisposable
{
    private readonly MappedJournal _journal;
    private readonly JournalMeta _meta;
    private readonly IDisposable _lock;
    private readonly JournalSync _sync;
    private readonly bool _syncs;
    private readonly bool _recycles;
    private readonly int _maximumPayload;
    private CycleFile _cycle;
    private long _position;
    private long _cycleEnd;
    private long _next;
    private long _periodEnd;
    private bool _claimOpen;
    private int _claimLength;
    private int _claimCount;
    private readonly JournalPretoucher? _pretoucher;
    private readonly JournalRollWork _rollWork = new();

    // Set by a roll's work on its pool thread, taken by a later roll on the appender's thread (exchanged, as the two run at once).
    private JournalSpareCycle? _spare;
    private int _sinceFlush;
    private long _lastFlush;

    // Held from a claim to its publication or abandonment (the caller writes into the mapping in between) and for a flush,
    // so that a Dispose on another thread never unmaps the cycle under them; the release then runs as the appender leaves.
    private readonly SingleThreadLease _lease;

    internal JournalAppender(MappedJournal journal, IDisposable appenderLock)
    {
        _journal = journal;
        _meta = journal.Meta;
        _lock = appenderLock;
        _sync = journal.Options.Sync;
        _recycles = journal.Options.RecycleFiles && JournalSpareCycle.IsSupported;
        _syncs = _sync != default;
        _maximumPayload = journal.MaximumPayload;
        _lease = new SingleThreadLease(ReleaseJournal);
        _lastFlush = Stopwatch.GetTimestamp();
        JournalSpareCycle.DeleteLeftovers(journal.Directory);
        long[] cycles = CycleFile.List(journal.Directory);
        JournalCommit? commit = _meta.NewestCommit();
        _cycle = cycles.Length == 0
            ? CreateCycle(commit?.Cycle ?? 0, commit?.NextSequence ?? 0, DateTime.UtcNow.Ticks)
            : journal.OpenCycle(cycles[^1]);
        CycleTail tail = _cycle.FindTail();
        _position = tail.Offset;
        _cycleEnd = FramesEnd(_cycle);
        _next = tail.NextSequence;
        _periodEnd = JournalPeriods.End(_journal.Roll, _cycle.PeriodStart);
        if (tail.Ended)
        {
            // The next cycle file was deleted after the end frame was written: start it again.
            StartNextCycle(DateTime.UtcNow.Ticks, writeEnd: false);
        }

        _pretoucher = journal.Options.Pretouch ? new JournalPretoucher(_cycle, () => Volatile.Read(ref _position)) : null;
    }

    /// <summary>The sequence number the next message gets.</summary>
    public long NextSequence => _next;

    /// <summary>Claims a frame for a payload of <paramref name="length"/> bytes; fill <see cref="JournalClaim.Payload"/>, then publish.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The payload is negative or larger than <see cref="MappedJournal.MaximumPayload"/>.</exception>
    /// <exception cref="InvalidOperationException">A claim is open: publish or dispose it first.</exception>
    public JournalClaim Claim(int length)
    {
        long offset = ClaimFrames(length, 1, FrameKind.Bytes, 0);
        return new JournalClaim(this, _cycle.Payload(offset, length), _next, 0);
    }

    /// <summary>Claims a frame holding one <typeparamref name="T"/> record, to be written in place through its generated <c>Ref</c>.</summary>
    public JournalClaim Claim<T>()
        where T : struct, IMappedLayout<T>
    {
        LayoutInfo layout = T.Layout;
        long offset = ClaimFrames(layout.Size, 1, FrameKind.Typed, layout.Fingerprint);
        return new JournalClaim(this, _cycle.Payload(offset, layout.Size), _next, layout.Fingerprint);
    }

    /// <summary>
    /// Claims <paramref name="count"/> consecutive frames of <paramref name="length"/> payload bytes each, numbered in order:
    /// fill each <see cref="JournalBatch.Payload"/>, then publish them all at once (docs/journal.md, "Batches"). The batch
    /// costs one clock read, one barrier and one wake-up check instead of one per message; every message of it has the
    /// same timestamp.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1, or the batch would not fit in one cycle file, or the payload is out of range.</exception>
    /// <exception cref="InvalidOperationException">A claim is open: publish or dispose it first.</exception>
    public JournalBatch ClaimBatch(int count, int length)
    {
        long offset = ClaimFrames(length, count, FrameKind.Bytes, 0);
        return new JournalBatch(this, BatchRegion(offset, length, count), _next, count, length, 0);
    }

    /// <summary>Claims <paramref name="count"/> consecutive frames of one <typeparamref name="T"/> record each (see <see cref="ClaimBatch(int, int)"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1, or the batch would not fit in one cycle file.</exception>
    /// <exception cref="InvalidOperationException">A claim is open: publish or dispose it first.</exception>
    public JournalBatch ClaimBatch<T>(int count)
        where T : struct, IMappedLayout<T>
    {
        LayoutInfo layout = T.Layout;
        long offset = ClaimFrames(layout.Size, count, FrameKind.Typed, layout.Fingerprint);
        return new JournalBatch(this, BatchRegion(offset, layout.Size, count), _next, count, layout.Size, layout.Fingerprint);
    }

    /// <summary>Appends <paramref name="records"/> as consecutive typed messages in one batch and returns the first one's sequence number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> is empty, or would not fit in one cycle file.</exception>
    public long AppendBatch<T>(ReadOnlySpan<T> records)
        where T : struct, IMappedLayout<T>
    {
        using JournalBatch batch = ClaimBatch<T>(records.Length);
        for (int index = 0; index < records.Length; index++)
        {
            T.StoreTo(records[index], batch.Payload(index));
        }

        return batch.Publish();
    }

    /// <summary>Appends <paramref name="payload"/> as one message and returns its sequence number.</summary>
    public long Append(ReadOnlySpan<byte> payload)
    {
        using JournalClaim claim = Claim(payload.Length);
        payload.CopyTo(claim.Payload);
        return claim.Publish();
    }

    /// <summary>Appends <paramref name="record"/> as one typed message and returns its sequence number.</summary>
    public long Append<T>(in T record)
        where T : struct, IMappedLayout<T>
    {
        using JournalClaim claim = Claim<T>();
        T.StoreTo(record, claim.Payload);
        return claim.Publish();
    }

    /// <summary>
    /// Makes every published message durable: syncs the current cycle's frames, then writes and syncs a commit record.
    /// After it returns, those messages survive power loss (docs/journal.md, "Durability").
    /// </summary>
    public void Flush()
    {
        if (_claimOpen && _lease.IsHeldByCurrentThread)
        {
            FlushLeased();
            return;
        }

        _lease.Enter(this);
        try
        {
            FlushLeased();
        }
        finally
        {
            _lease.Exit();
        }
    }

    private void FlushLeased()
    {
        // A roll's sync and commit come before any commit in the cycle after it.
        _rollWork.Drain();
        _cycle.Sync(_position);
        _meta.Commit(_cycle.Number, _position, _next);
        _sinceFlush = 0;
        _lastFlush = Stopwatch.GetTimestamp();
    }

    /// <summary>
    /// Abandons an open claim of this thread, flushes, and gives up the appender lock. From another thread while a claim is
    /// open there: the claim can still be published, and the flush and the unmapping follow as it is.
    /// </summary>
    public void Dispose()
    {
        if (_claimOpen && _lease.IsHeldByCurrentThread)
        {
            AbandonClaim(_next);
        }

        _lease.Close();
    }

    /// <summary>The release of the lease: runs once, when no claim is open.</summary>
    private void ReleaseJournal()
    {
        try
        {
            FlushLeased();
        }
        finally
        {
            // The pretoucher's thread stops before the cycle it touches is unmapped.
            _pretoucher?.Dispose();
            Interlocked.Exchange(ref _spare, null)?.Dispose();
            _cycle.Dispose();
            _lock.Dispose();
            _journal.Released(this);
            _journal.ReleaseReference();
        }
    }

    /// <summary>The pretoucher of this appender, when <see cref="JournalOptions.Pretouch"/> is set.</summary>
    internal JournalPretoucher? Pretoucher => _pretoucher;

    internal long PublishClaim(long sequence)
    {
        RequireClaim(sequence);
        try
        {
            _cycle.PublishFrames(_position, _claimLength, _claimCount);
            _claimOpen = false;
            _position += _claimCount * JournalFormat.Aligned(_claimLength);
            _next += _claimCount;
            JournalSignal.WakeSleepers(_meta);
            if (_syncs)
            {
                SyncByPolicy(_claimCount);
            }
        }
        finally
        {
            _lease.Exit();
        }

        return sequence;
    }

    /// <summary>A claim disposed unpublished becomes an abandoned frame, exactly as one whose appender died.</summary>
    internal void AbandonClaim(long sequence)
    {
        if (!_claimOpen || sequence != _next)
        {
            return;
        }

        try
        {
            _cycle.AbandonFrames(_position, _claimLength, _claimCount);
            _claimOpen = false;
            _position += _claimCount * JournalFormat.Aligned(_claimLength);
            JournalSignal.WakeSleepers(_meta);
        }
        finally
        {
            _lease.Exit();
        }
    }

    /// <summary>
    /// Claims <paramref name="count"/> frames at the write position (rolling first when they do not fit or the period has
    /// ended) and returns their offset; the lease is held until they are published or abandoned.
    /// </summary>
    private long ClaimFrames(int length, int count, FrameKind kind, ulong tag)
    {
        if (_claimOpen)
        {
            throw new InvalidOperationException("A claim is open on this appender: publish or dispose it before claiming again.");
        }

        if ((uint)length > (uint)_maximumPayload)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"A message's payload must be between 0 and {_maximumPayload} bytes (the cycle size less its header and two frame headers).");
        }

        int frameLength = JournalFormat.FrameHeaderSize + length;
        long span = count * JournalFormat.Aligned(frameLength);
        if (count != 1)
        {
            RequireBatchFits(count, frameLength);
        }

        _lease.Enter(this);
        try
        {
            long timestamp = DateTime.UtcNow.Ticks;
            if (timestamp >= _periodEnd || _position + span > _cycleEnd)
            {
                StartNextCycle(timestamp, writeEnd: true);
            }

            _cycle.WriteClaims(_position, frameLength, count, kind, _next, timestamp, tag);
            _claimOpen = true;
            _claimLength = frameLength;
            _claimCount = count;
            return _position;
        }
        catch
        {
            _lease.Exit();
            throw;
        }
    }

    /// <summary>
    /// Rolls: the next cycle file is renamed in whole before the end frame is published in the old one, so a tailer that
    /// sees the end frame always finds the next file; the old file is synced, the roll committed and the old file unmapped
    /// on a pool thread (<see cref="JournalRollWork"/>) while this thread appends to the new one.
    /// </summary>
    private void StartNextCycle(long timestamp, bool writeEnd)
    {
        CycleFile next = CreateCycle(_cycle.Number + 1, _next, timestamp);
        CycleFile old = _cycle;
        if (writeEnd)
        {
            old.WriteEnd(_position, _next);
        }

        JournalSignal.WakeSleepers(_meta);
        _cycle = next;
        _cycleEnd = FramesEnd(next);
        _position = JournalFormat.HeaderSize;
        _pretoucher?.Follow(next);
        _periodEnd = JournalPeriods.End(_journal.Roll, next.PeriodStart);
        long committedCycle = next.Number;
        long committedEnd = _position;
        long committedNext = _next;
        // Synced through a descriptor of its own, opened here (retention, in its own queue, may retire the file by name
        // before the sync runs), and unmapped by the retention queue, which runs at once: with the mapping gone,
        // writeback has no page table entries of this process to write-protect, and the sync sends the appender's CPU no
        // TLB-flush interrupts (seen in the profile).
        FileStream syncHandle;
        try
        {
            syncHandle = CycleFile.OpenForSync(old.Path);
        }
        catch
        {
            old.Dispose();
            throw;
        }

        _rollWork.Start(
            sync: earlierFailed =>
            {
                using (syncHandle)
                {
                    if (!earlierFailed)
                    {
                        syncHandle.Flush(flushToDisk: true);
                        _meta.Commit(committedCycle, committedEnd, committedNext);
                    }
                }
            },
            retention: earlierFailed =>
            {
                // Unmapped in this queue, which does not wait for the device, so that it is gone before the sync starts
                // (usually) and before this retention looks at the cycle: a cycle the appender opened holds its in-use
                // lock until it is disposed, which would keep retention from recycling it.
                old.Dispose();
                if (earlierFailed)
                {
                    return;
                }

                // A spare made ready early is what the next roll reuses instead of a new file.
                JournalSpareCycle? spare = JournalRetention.Apply(_journal, committedCycle, takeSpare: _recycles && Volatile.Read(ref _spare) is null);
                if (spare is not null && Interlocked.CompareExchange(ref _spare, spare, null) is not null)
                {
                    spare.Dispose();
                }
            });
    }

    /// <summary>The background part of the rolls (for tests: whether one is still running).</summary>
    internal JournalRollWork RollWork => _rollWork;

    /// <summary>Where a frame must end in <paramref name="cycle"/>: a header's room is kept for the end frame.</summary>
    private static long FramesEnd(CycleFile cycle) => cycle.Length - JournalFormat.FrameHeaderSize;

    private CycleFile CreateCycle(long number, long firstSequence, long timestamp)
    {
        long periodStart = JournalPeriods.Start(_journal.Roll, timestamp);
        string path = _journal.CyclePath(number);
        // A spare the rolls' work has made ready by now (it may still be working on the previous roll's: then a new file).
        if (Interlocked.Exchange(ref _spare, null) is { } spare)
        {
            return spare.Become(path, _journal.Id, number, firstSequence, periodStart);
        }

        return CycleFile.Create(path, _journal.Id, number, firstSequence, _journal.CycleSize, periodStart);
    }

    /// <summary>
    /// A batch must fit in an empty cycle file (it is never split across a roll) and its frames in one span; the limit
    /// depends on the cycle size, so the message names it.
    /// </summary>
    private void RequireBatchFits(int count, int frameLength)
    {
        long stride = JournalFormat.Aligned(frameLength);
        long largest = Math.Min(_journal.CycleSize - JournalFormat.HeaderSize - JournalFormat.FrameHeaderSize, int.MaxValue) / stride;
        if (count < 1 || count > largest)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A batch of {frameLength - JournalFormat.FrameHeaderSize}-byte messages holds between 1 and {largest} messages (what fits in one cycle file of {_journal.CycleSize} bytes).");
        }
    }

    /// <summary>The bytes of <paramref name="count"/> claimed frames from <paramref name="offset"/> (their headers included), which fit in an int by <see cref="RequireBatchFits"/>.</summary>
    private Span<byte> BatchRegion(long offset, int length, int count) =>
        _cycle.Frames(offset, (int)(count * JournalFormat.Aligned(JournalFormat.FrameHeaderSize + length)));

    private void SyncByPolicy(int published)
    {
        _sinceFlush += published;
        if ((_sync.EveryMessages > 0 && _sinceFlush >= _sync.EveryMessages)
            || (_sync.Interval > TimeSpan.Zero && Stopwatch.GetElapsedTime(_lastFlush) >= _sync.Interval))
        {
            FlushLeased();
        }
    }

    private void RequireClaim(long sequence)
    {
        if (!_claimOpen || sequence != _next)
        {
            throw new InvalidOperationException($"The claim for sequence {sequence} is not open on this appender: it was published or abandoned already.");
        }
    }
}
