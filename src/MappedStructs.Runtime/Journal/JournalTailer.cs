using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// Reads a journal's messages in order, from any process (docs/journal.md, "Tailers and cursors"). A durable tailer
/// stores its position under its name when it <see cref="Acknowledge"/>s. Not thread-safe: one thread reads at a time.
/// </summary>
public sealed class JournalTailer : IDisposable
{
    private static readonly TimeSpan s_sleepSlice = TimeSpan.FromMilliseconds(100);

    private readonly MappedJournal _journal;
    private readonly JournalMeta _meta;
    private readonly int _cursorSlot;
    private CycleFile? _cycle;
    private CycleFile? _retired;
    private CycleFile? _retiredEarlier;
    private long _nextCycle;
    private long _position;
    private long _next;
    private long _lastFrame;
    private long _touchedTo;

    // Held for the length of each read, wait and acknowledgement, and from a read that returned a message until the next
    // call (the message is a span in the mapping), so that a Dispose on another thread, of this tailer or of its journal,
    // never unmaps a cycle or journal.meta under them; the journal reference taken at creation is given back by the
    // release, after the reading thread has let go.
    private readonly SingleThreadLease _lease;
    private bool _holdsMessage;

    private JournalTailer(MappedJournal journal, string? name, int cursorSlot)
    {
        _journal = journal;
        _meta = journal.Meta;
        Name = name;
        _cursorSlot = cursorSlot;
        _lease = new SingleThreadLease(ReleaseMappings);
    }

    /// <summary>The durable cursor's name, or null for an anonymous tailer.</summary>
    public string? Name { get; }

    /// <summary>The sequence number of the next message this tailer reads.</summary>
    public long NextSequence => _next;

    /// <summary>The offset in the current cycle up to which waits have touched the pages ahead (for tests).</summary>
    internal long TouchedAheadTo => _touchedTo;

    internal static JournalTailer Durable(MappedJournal journal, string name, int slot)
    {
        var tailer = new JournalTailer(journal, name, slot);
        return tailer.Started(() =>
        {
            long stored = journal.Meta.ReadCursor(slot);
            tailer.StartAt(stored);
            if (tailer._next != stored)
            {
                // Past the end after a rollback to the last commit (power loss): the cursor follows the journal's end.
                journal.Meta.WriteCursor(slot, tailer._next);
            }
        });
    }

    internal static JournalTailer Anonymous(MappedJournal journal, JournalStart start)
    {
        var tailer = new JournalTailer(journal, null, -1);
        return tailer.Started(() =>
        {
            switch (start.Kind)
            {
                case JournalStartKind.End:
                    tailer.StartAt(long.MaxValue);
                    break;
                case JournalStartKind.Oldest:
                    tailer.StartAt(journal.OldestSequence());
                    break;
                case JournalStartKind.Sequence:
                    tailer.StartAt(start.Sequence);
                    break;
                default:
                    tailer.StartAtTime(start.Time.Ticks);
                    break;
            }
        });
    }

    /// <summary>Reads the next message if one is published, without waiting.</summary>
    /// <exception cref="InvalidJournalFileException">The next frame or cycle file is corrupted.</exception>
    /// <exception cref="JournalMessagesLostException">The next messages were deleted by retention.</exception>
    /// <exception cref="ObjectDisposedException">The tailer or its journal is disposed, before or during the read.</exception>
    public bool TryRead(out JournalMessage message)
    {
        EnterCall();
        bool read;
        try
        {
            read = TryReadLeased(out message);
        }
        catch
        {
            LeaveCall(keepMessage: false);
            throw;
        }

        LeaveCall(keepMessage: read);
        return read;
    }

    /// <summary>
    /// Reads the next message. <paramref name="probeFiles"/> false leaves a missing next cycle file unlooked-for (a wait's
    /// spin then takes no system call on an empty journal: it looks every 64 rounds).
    /// </summary>
    private bool TryReadLeased(out JournalMessage message, bool probeFiles = true)
    {
        while (true)
        {
            if (_cycle is null && (!probeFiles || !TryOpenNextCycle()))
            {
                message = default;
                return false;
            }

            if (!_cycle!.TryReadFrame(_position, _next, out FrameKind kind, out int frameLength))
            {
                message = default;
                return false;
            }

            switch (kind)
            {
                case FrameKind.EndOfCycle:
                    MoveToCycle(_cycle.Number + 1);
                    continue;
                case FrameKind.Abandoned:
                    _position += JournalFormat.Aligned(frameLength);
                    continue;
                default:
                    message = new JournalMessage(
                        _cycle.Payload(_position, frameLength - JournalFormat.FrameHeaderSize),
                        _next,
                        _cycle.ReadTimestamp(_position),
                        kind == FrameKind.Typed ? _cycle.ReadTag(_position) : 0);
                    _lastFrame = _position;
                    _position += JournalFormat.Aligned(frameLength);
                    _next++;
                    return true;
            }
        }
    }

    /// <summary>
    /// Reads the next message, waiting up to <paramref name="timeout"/> (<see cref="Timeout.InfiniteTimeSpan"/> for no
    /// limit) with the strategy <paramref name="wait"/>; false when the time ran out.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    /// <exception cref="ObjectDisposedException">The tailer or its journal is disposed, before or while waiting (a waiter is woken).</exception>
    public bool Read(out JournalMessage message, TimeSpan timeout, JournalWait wait = JournalWait.SpinThenYield, CancellationToken cancellationToken = default)
    {
        EnterCall();
        bool read;
        try
        {
            read = ReadLeased(out message, timeout, wait, cancellationToken);
        }
        catch
        {
            LeaveCall(keepMessage: false);
            throw;
        }

        LeaveCall(keepMessage: read);
        return read;
    }

    /// <summary>
    /// Enters the lease for a call, or goes on holding it from the message the last call returned (that message is
    /// invalid from now on); throws <see cref="ObjectDisposedException"/> once disposed, giving the mappings up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterCall()
    {
        if (!_holdsMessage)
        {
            _lease.Enter(this);
            return;
        }

        if (_lease.IsClosing)
        {
            _holdsMessage = false;
            _lease.Exit();
            throw Disposed();
        }

        _lease.Reenter();
    }

    /// <summary>
    /// Leaves the lease after a call, or keeps it while the returned message is in use. A Dispose that came during the
    /// call leaves the message mapped until the next call, which throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LeaveCall(bool keepMessage)
    {
        _holdsMessage = keepMessage;
        if (!keepMessage)
        {
            _lease.Exit();
        }
    }

    private ObjectDisposedException Disposed() => new(nameof(JournalTailer), $"The tailer of the journal '{_journal.Directory}' is disposed (it or its journal).");

    private bool ReadLeased(out JournalMessage message, TimeSpan timeout, JournalWait wait, CancellationToken cancellationToken)
    {
        if (TryReadLeased(out message))
        {
            return true;
        }

        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive, zero, or Timeout.InfiniteTimeSpan.");
        }

        long started = Stopwatch.GetTimestamp();
        return wait switch
        {
            JournalWait.BusySpin => Spin(out message, started, timeout, yieldAfterSpinning: false, cancellationToken),
            JournalWait.SpinThenYield => Spin(out message, started, timeout, yieldAfterSpinning: true, cancellationToken),
            JournalWait.Blocking => Block(out message, started, timeout, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(wait), wait, "Unknown JournalWait."),
        };
    }

    /// <summary>Stores <see cref="NextSequence"/> as the durable cursor: a tailer created later under this name resumes here.</summary>
    /// <exception cref="InvalidOperationException">The tailer is anonymous.</exception>
    public void Acknowledge()
    {
        if (_cursorSlot < 0)
        {
            throw new InvalidOperationException("An anonymous tailer has no cursor to acknowledge; create it with CreateTailer(name).");
        }

        bool holdsMessage = _holdsMessage;
        EnterCall();
        _meta.WriteCursor(_cursorSlot, _next);
        LeaveCall(keepMessage: holdsMessage);
    }

    /// <summary>
    /// Unmaps the tailer's cycle files (a durable cursor keeps its last acknowledged position). From another thread while
    /// this tailer reads or waits, or while the message it read last is in use: a waiter is woken, the reading thread's
    /// next call throws <see cref="ObjectDisposedException"/>, and the files are unmapped as it leaves.
    /// </summary>
    public void Dispose()
    {
        _journal.Released(this);
        if (_lease.Close())
        {
            WakeWaiters();
        }
    }

    /// <summary>The release of the lease: runs once, when no read or wait is in progress.</summary>
    private void ReleaseMappings()
    {
        try
        {
            _cycle?.Dispose();
            _retired?.Dispose();
            _retiredEarlier?.Dispose();
        }
        finally
        {
            _journal.ReleaseReference();
        }
    }

    /// <summary>Wakes every blocked waiter of the journal (this one among them), unless its metadata is unmapped already.</summary>
    private void WakeWaiters()
    {
        if (_journal.TryAcquireReference())
        {
            try
            {
                JournalSignal.WakeAll(_meta);
            }
            finally
            {
                _journal.ReleaseReference();
            }
        }
    }

    private JournalTailer Started(Action start)
    {
        try
        {
            start();
            return this;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    private bool Spin(out JournalMessage message, long started, TimeSpan timeout, bool yieldAfterSpinning, CancellationToken cancellationToken)
    {
        var spinner = default(SpinWait);
        for (int round = 1; ; round++)
        {
            bool probe = (round & 63) == 0;
            if (TryReadLeased(out message, probe || yieldAfterSpinning))
            {
                return true;
            }

            if (probe || yieldAfterSpinning)
            {
                ThrowIfClosing();
                cancellationToken.ThrowIfCancellationRequested();
                if (Remaining(started, timeout) <= TimeSpan.Zero)
                {
                    return false;
                }
            }

            if (yieldAfterSpinning)
            {
                spinner.SpinOnce();
            }
            else
            {
                Thread.SpinWait(4);
            }
        }
    }

    private bool Block(out JournalMessage message, long started, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // The callback may run on any thread at any time until the registration is disposed, even after the journal is:
        // it wakes through a reference of its own, so it never touches an unmapped journal.meta.
        using CancellationTokenRegistration wakeOnCancel = cancellationToken.CanBeCanceled
            ? cancellationToken.Register(static state => ((JournalTailer)state!).WakeWaiters(), this)
            : default;
        while (true)
        {
            // Counted as a sleeper before the last check: the appender reads the count after publishing, so either this
            // check sees the message or the appender sees the sleeper and moves the word this sleep compares.
            Interlocked.Increment(ref _meta.Sleepers);
            try
            {
                int observed = Volatile.Read(ref _meta.WakeWord);
                if (TryReadLeased(out message))
                {
                    return true;
                }

                TouchAhead();

                // A Dispose after the word was read bumps the word, so the sleep below returns at once.
                ThrowIfClosing();
                cancellationToken.ThrowIfCancellationRequested();
                TimeSpan remaining = Remaining(started, timeout);
                if (remaining <= TimeSpan.Zero)
                {
                    return false;
                }

                JournalSignal.Sleep(_meta, observed, remaining < s_sleepSlice ? remaining : s_sleepSlice);
            }
            finally
            {
                Interlocked.Decrement(ref _meta.Sleepers);
            }
        }
    }

    /// <summary>
    /// While waiting, maps one more page ahead of the read position in this process (a load), up to
    /// <see cref="TouchAheadBytes"/> ahead: the page fault of a tailer's first read of a page is then taken while there is
    /// nothing to read, not while a message waits. One page per call keeps a wait's round short.
    /// </summary>
    private void TouchAhead()
    {
        if (_cycle is not { } cycle)
        {
            return;
        }

        long from = Math.Max(_touchedTo, _position);
        if (from < _position + TouchAheadBytes && from < cycle.Length)
        {
            cycle.TouchForRead(from);
            _touchedTo = ((from / s_pageSize) + 1) * s_pageSize;
        }
    }

    private const long TouchAheadBytes = 256 * 1024;

    private static readonly long s_pageSize = Environment.SystemPageSize;

    private void ThrowIfClosing()
    {
        if (_lease.IsClosing)
        {
            throw Disposed();
        }
    }

    private static TimeSpan Remaining(long started, TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : timeout - Stopwatch.GetElapsedTime(started);

    /// <summary>Positions at <paramref name="sequence"/>: the cycle that holds it, then its frames, stopping at the end when it is not written yet.</summary>
    private void StartAt(long sequence)
    {
        long[] cycles = CycleFile.List(_journal.Directory);
        if (cycles.Length == 0)
        {
            long first = _meta.NewestCommit()?.NextSequence ?? 0;
            _nextCycle = _meta.NewestCommit()?.Cycle ?? 0;
            _next = first;
            RefuseLost(sequence, first);
            return;
        }

        for (int index = cycles.Length - 1; index >= 0; index--)
        {
            CycleFile cycle = _journal.OpenCycle(cycles[index]);
            if (cycle.FirstSequence <= sequence || index == 0)
            {
                Enter(cycle);
                RefuseLost(sequence, cycle.FirstSequence);
                break;
            }

            cycle.Dispose();
        }

        while (_next < sequence && TryReadLeased(out _))
        {
        }
    }

    private void StartAtTime(long ticks)
    {
        long[] cycles = CycleFile.List(_journal.Directory);
        if (cycles.Length == 0)
        {
            StartAt(0);
            return;
        }

        for (int index = cycles.Length - 1; index >= 0; index--)
        {
            CycleFile cycle = _journal.OpenCycle(cycles[index]);
            if (cycle.PeriodStart <= ticks || index == 0)
            {
                Enter(cycle);
                break;
            }

            cycle.Dispose();
        }

        while (TryReadLeased(out JournalMessage message))
        {
            if (message.Timestamp.Ticks >= ticks)
            {
                // The first message at or after the time is the first to read: step back onto it.
                _position = _lastFrame;
                _next = message.Sequence;
                return;
            }
        }
    }

    private void RefuseLost(long wanted, long oldest)
    {
        if (wanted < oldest)
        {
            throw new JournalMessagesLostException(_journal.Directory, wanted, oldest - 1);
        }
    }

    private void Enter(CycleFile cycle)
    {
        _cycle = cycle;
        _nextCycle = cycle.Number + 1;
        _position = JournalFormat.HeaderSize;
        _next = cycle.FirstSequence;
        _touchedTo = 0;
    }

    /// <summary>Leaves the current cycle at its end frame; its mapping is kept until two more moves, so a message just read stays mapped.</summary>
    private void MoveToCycle(long number)
    {
        _retiredEarlier?.Dispose();
        _retiredEarlier = _retired;
        _retired = _cycle;
        _cycle = null;
        _nextCycle = number;
    }

    private bool TryOpenNextCycle()
    {
        string path = _journal.CyclePath(_nextCycle);
        CycleFile cycle;
        try
        {
            cycle = CycleFile.Open(path, _journal.Id, _nextCycle);
        }
        catch (FileNotFoundException)
        {
            ThrowIfDeleted();
            return false;
        }

        if (cycle.FirstSequence != _next)
        {
            long first = cycle.FirstSequence;
            cycle.Dispose();
            if (first > _next)
            {
                throw new JournalMessagesLostException(_journal.Directory, _next, first - 1);
            }

            throw new InvalidJournalFileException(path, $"it starts at sequence {first}, but the cycle before it ends at {_next}.");
        }

        Enter(cycle);
        return true;
    }

    /// <summary>A missing next cycle with later ones present was deleted by retention: say which messages are gone.</summary>
    private void ThrowIfDeleted()
    {
        long[] cycles = CycleFile.List(_journal.Directory);
        if (cycles.Length > 0 && cycles[^1] > _nextCycle)
        {
            long resume = cycles[0] > _nextCycle ? cycles[0] : cycles[^1];
            using CycleFile later = _journal.OpenCycle(resume);
            throw new JournalMessagesLostException(_journal.Directory, _next, later.FirstSequence - 1);
        }
    }
}
