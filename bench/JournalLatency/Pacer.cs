using System.Diagnostics;
using System.Threading;

namespace JournalLatency;

/// <summary>Spins until message <c>n</c> is due at a fixed rate, so latency is measured at a known load, not in bursts.</summary>
internal readonly struct Pacer(long ratePerSecond)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public void WaitFor(long index)
    {
        if (ratePerSecond <= 0)
        {
            return;
        }

        long due = _started + (long)(index * (double)Stopwatch.Frequency / ratePerSecond);
        while (Stopwatch.GetTimestamp() < due)
        {
            Thread.SpinWait(1);
        }
    }
}
