using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The blocking wait of tailers and the wake-up of the appender over the wake-up word of <c>journal.meta</c>
/// (docs/journal.md, "Tailers and cursors"): a cross-process futex on Linux; a 1 ms poll on Windows and macOS, whose
/// address waits (WaitOnAddress, __ulock_wait) only work inside one process.
/// </summary>
internal static unsafe class JournalSignal
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(1);

    private static bool UsesFutex => OperatingSystem.IsLinux() && Interop.LinuxFutex.IsAvailable;

    /// <summary>Sleeps at most <paramref name="timeout"/> unless the wake-up word no longer holds <paramref name="observed"/>.</summary>
    public static void Sleep(JournalMeta meta, int observed, TimeSpan timeout)
    {
        if (OperatingSystem.IsLinux() && UsesFutex)
        {
            Interop.LinuxFutex.Wait((int*)meta.WakeWordAddress, observed, timeout);
            return;
        }

        Thread.Sleep(timeout < s_pollInterval ? timeout : s_pollInterval);
    }

    /// <summary>Called by the appender after each publish: wakes sleeping tailers, and costs one load when there are none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WakeSleepers(JournalMeta meta)
    {
        if (Volatile.Read(ref meta.Sleepers) != 0)
        {
            WakeAll(meta);
        }
    }

    /// <summary>Moves the wake-up word on and wakes every sleeper (also used to cut a wait short on cancellation).</summary>
    public static void WakeAll(JournalMeta meta)
    {
        Interlocked.Increment(ref meta.WakeWord);
        if (OperatingSystem.IsLinux() && UsesFutex)
        {
            Interop.LinuxFutex.WakeAll((int*)meta.WakeWordAddress);
        }
    }
}
