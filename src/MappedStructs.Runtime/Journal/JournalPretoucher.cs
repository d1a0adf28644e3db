using System;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The appender's pretoucher (docs/journal.md, "Page faults"): a background thread of the appender's process that makes
/// the pages just ahead of the write position present and writable in the appender's own mapping, so that the appender's
/// first store to a page is not a page fault (a zeroed page allocated and mapped while a message waits). It touches with a
/// compare-exchange of zero with zero (<see cref="CycleFile.TouchForWrite"/>), so no byte ever changes: a tailer reading
/// a touched word still sees an unwritten frame. It follows the appender to each new cycle at the roll, and is stopped
/// before the cycle it touches is unmapped: every touch happens under <see cref="_gate"/>, which the roll and Dispose take.
/// </summary>
internal sealed class JournalPretoucher : IDisposable
{
    /// <summary>How far ahead of the write position pages are kept touched: 1 MiB is about 14,500 messages of 72 bytes.</summary>
    internal const long Ahead = 1L << 20;

    // Between rounds the thread sleeps this long: at 1 million 72-byte messages a second the appender crosses about 18
    // pages a millisecond, well inside the 256 pages kept ahead, and a thread that wakes a thousand times a second costs
    // little besides.
    private const int RoundMilliseconds = 1;

    private static readonly long s_pageSize = Environment.SystemPageSize;

    private readonly object _gate = new();
    private readonly Func<long> _writePosition;
    private readonly Thread _thread;
    private CycleFile? _cycle;
    private long _touchedTo;
    private long _touchedPages;
    private bool _stopping;

    public JournalPretoucher(CycleFile cycle, Func<long> writePosition)
    {
        _cycle = cycle;
        _writePosition = writePosition;
        _thread = new Thread(Run) { IsBackground = true, Name = "MappedJournal pretoucher" };
        _thread.Start();
    }

    /// <summary>How many pages have been touched so far (for tests and diagnostics).</summary>
    public long TouchedPages => Interlocked.Read(ref _touchedPages);

    /// <summary>Whether the thread is still running.</summary>
    public bool IsRunning => _thread.IsAlive;

    /// <summary>Moves to the appender's new cycle (the old one is unmapped after this returns) and touches its first pages at once.</summary>
    public void Follow(CycleFile cycle)
    {
        lock (_gate)
        {
            _cycle = cycle;
            _touchedTo = 0;
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>Stops the thread and waits for it: nothing is touched after this returns.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            _cycle = null;
            Monitor.Pulse(_gate);
        }

        if (_thread != Thread.CurrentThread)
        {
            _thread.Join();
        }
    }

    private void Run()
    {
        lock (_gate)
        {
            while (!_stopping)
            {
                if (_cycle is { } cycle)
                {
                    TouchAhead(cycle);
                }

                Monitor.Wait(_gate, RoundMilliseconds);
            }
        }
    }

    /// <summary>Touches every page from the one after the write position's up to <see cref="Ahead"/> bytes past it, each once per cycle.</summary>
    private void TouchAhead(CycleFile cycle)
    {
        long position = _writePosition();
        long from = Math.Max(_touchedTo, ((position / s_pageSize) + 1) * s_pageSize);
        long to = Math.Min(position + Ahead, cycle.Length);
        long touched = 0;
        for (long page = from; page < to; page += s_pageSize)
        {
            cycle.TouchForWrite(page);
            touched++;
        }

        if (touched > 0)
        {
            _touchedTo = from + (touched * s_pageSize);
            Interlocked.Add(ref _touchedPages, touched);
        }
    }
}
