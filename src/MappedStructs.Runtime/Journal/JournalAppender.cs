using System;
using System.Diagnostics;

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
    private readonly int _maximumPayload;
    private CycleFile _cycle;
    private long _position;
    private long _cycleEnd;
    private long _next;
    private long _periodEnd;
    private bool _claimOpen;
    private int _claimLength;
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
        _syncs = _sync != default;
        _maximumPayload = journal.MaximumPayload;
        _lease = new SingleThreadLease(ReleaseJournal);
        _lastFlush = Stopwatch.GetTimestamp();
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
    }

    /// <summary>The sequence number the next message gets.</summary>
    public long NextSequence => _next;

    /// <summary>Claims a frame for a payload of <paramref name="length"/> bytes; fill <see cref="JournalClaim.Payload"/>, then publish.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The payload is negative or larger than <see cref="MappedJournal.MaximumPayload"/>.</exception>
    /// <exception cref="InvalidOperationException">A claim is open: publish or dispose it first.</exception>
    public JournalClaim Claim(int length) => ClaimFrame(length, FrameKind.Bytes, 0);

    /// <summary>Claims a frame holding one <typeparamref name="T"/> record, to be written in place through its generated <c>Ref</c>.</summary>
    public JournalClaim Claim<T>()
        where T : struct, IMappedLayout<T>
        => ClaimFrame(T.Layout.Size, FrameKind.Typed, T.Layout.Fingerprint);

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
            _cycle.Dispose();
            _lock.Dispose();
            _journal.Released(this);
            _journal.ReleaseReference();
        }
    }

    internal long PublishClaim(long sequence)
    {
        RequireClaim(sequence);
        try
        {
            _cycle.Publish(_position, _claimLength);
            _claimOpen = false;
            _position += JournalFormat.Aligned(_claimLength);
            _next++;
            JournalSignal.WakeSleepers(_meta);
            if (_syncs)
            {
                SyncByPolicy();
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
            _cycle.Abandon(_position, _claimLength);
            _claimOpen = false;
            _position += JournalFormat.Aligned(_claimLength);
            JournalSignal.WakeSleepers(_meta);
        }
        finally
        {
            _lease.Exit();
        }
    }

    private JournalClaim ClaimFrame(int length, FrameKind kind, ulong tag)
    {
        if (_claimOpen)
        {
            throw new InvalidOperationException("A claim is open on this appender: publish or dispose it before claiming again.");
        }

        if ((uint)length > (uint)_maximumPayload)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"A message's payload must be between 0 and {_maximumPayload} bytes (the cycle size less its header and two frame headers).");
        }

        _lease.Enter(this);
        try
        {
            int frameLength = JournalFormat.FrameHeaderSize + length;
            long timestamp = DateTime.UtcNow.Ticks;
            if (timestamp >= _periodEnd || _position + JournalFormat.Aligned(frameLength) > _cycleEnd)
            {
                StartNextCycle(timestamp, writeEnd: true);
            }

            _cycle.WriteClaim(_position, frameLength, kind, _next, timestamp, tag);
            _claimOpen = true;
            _claimLength = frameLength;
            return new JournalClaim(this, _cycle.Payload(_position, length), _next, kind == FrameKind.Typed ? tag : 0);
        }
        catch
        {
            _lease.Exit();
            throw;
        }
    }

    /// <summary>
    /// Rolls: the next cycle file is renamed in whole before the end frame is published in the old one, so a tailer that
    /// sees the end frame always finds the next file; the old file is synced and the roll committed.
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
        _periodEnd = JournalPeriods.End(_journal.Roll, next.PeriodStart);
        try
        {
            old.Sync(old.Length);
            _meta.Commit(next.Number, _position, _next);
        }
        finally
        {
            old.Dispose();
        }

        JournalRetention.Apply(_journal, next.Number);
    }

    /// <summary>Where a frame must end in <paramref name="cycle"/>: a header's room is kept for the end frame.</summary>
    private static long FramesEnd(CycleFile cycle) => cycle.Length - JournalFormat.FrameHeaderSize;

    private CycleFile CreateCycle(long number, long firstSequence, long timestamp) =>
        CycleFile.Create(_journal.CyclePath(number), _journal.Id, number, firstSequence, _journal.CycleSize, JournalPeriods.Start(_journal.Roll, timestamp));

    private void SyncByPolicy()
    {
        _sinceFlush++;
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
