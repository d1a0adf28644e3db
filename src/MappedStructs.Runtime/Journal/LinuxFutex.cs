using System;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace MappedStructs.Interop;

/// <summary>
/// futex(2) through libc's syscall(): a wait on a 32-bit word of a shared file mapping that another process wakes. The
/// operations have no FUTEX_PRIVATE_FLAG, so the kernel keys the wait by the mapped file page, not by this process' memory.
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe partial class LinuxFutex
{
    private const int FutexWait = 0;
    private const int FutexWake = 1;

    // syscall is variadic; on x64 and arm64 Linux its integer arguments travel in the registers a fixed signature uses.
    private static long SysFutex => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 202,
        Architecture.Arm64 => 98,
        _ => -1,
    };

    /// <summary>Whether this architecture's futex syscall number is known (else waits poll).</summary>
    public static bool IsAvailable => SysFutex >= 0;

    /// <summary>Sleeps while <paramref name="word"/> holds <paramref name="expected"/>, at most <paramref name="timeout"/>; returns on a wake, a change, a signal or the timeout.</summary>
    public static void Wait(int* word, int expected, TimeSpan timeout)
    {
        long ticks = Math.Max(0, timeout.Ticks);
        var time = new Timespec { Seconds = ticks / TimeSpan.TicksPerSecond, Nanoseconds = ticks % TimeSpan.TicksPerSecond * 100 };
        _ = Syscall(SysFutex, word, FutexWait, expected, &time, null, 0);
    }

    /// <summary>Wakes every process and thread sleeping on <paramref name="word"/>.</summary>
    public static void WakeAll(int* word) => _ = Syscall(SysFutex, word, FutexWake, int.MaxValue, null, null, 0);

    [LibraryImport("libc", EntryPoint = "syscall")]
    private static partial long Syscall(long number, int* address, int operation, int value, Timespec* timeout, int* address2, int value3);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
