using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>madvise for the baseline mapping (System.IO.MemoryMappedFiles has no advice API).</summary>
internal static partial class LinuxMemory
{
    private const int MadvHugePage = 14;
    private const int MadvNoHugePage = 15;

    /// <summary>Applies <paramref name="advice"/> to the page-aligned range; a no-op for <see cref="PageAdvice.Default"/> and off Linux.</summary>
    public static unsafe void Advise(byte* start, long length, PageAdvice advice)
    {
        if (advice == PageAdvice.Default || !OperatingSystem.IsLinux())
        {
            return;
        }

        int code = advice == PageAdvice.HugePage ? MadvHugePage : MadvNoHugePage;
        if (Madvise((nint)start, (nuint)length, code) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"madvise({advice}) failed");
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
