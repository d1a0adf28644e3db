using System.Diagnostics;
using System.Threading;

namespace JournalLatency;

/// <summary>Spins until message <c>n</c> is due at a fixed rate, so latency is measured at a known load, not in bursts.</summary>
internal readonly struct Pacer(long ratePerSecond)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>Waits until message <paramref name="index"/> is due and returns when it was due (Stopwatch ticks; now when unpaced).</summary>
    public long WaitFor(long index)
    {
        if (ratePerSecond <= 0)
        {
            return Stopwatch.GetTimestamp();
        }

        long due = _started + (long)(index * (double)Stopwatch.Frequency / ratePerSecond);
        while (Stopwatch.GetTimestamp() < due)
        {
            Thread.SpinWait(1);
        }

        return due;
    }
}
