using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using MappedStructs.Interop;

namespace MappedStructs;

/// <summary>Windows: FlushViewOfFile / FlushFileBuffers and PrefetchVirtualMemory; the other hints have no equivalent.</summary>
internal sealed unsafe partial class MappedRegion
{
    [SupportedOSPlatform("windows")]
    private void FlushWindows(long alignedOffset, long alignedLength, FlushMode mode)
    {
        if (!Kernel32.FlushViewOfFile(Start + alignedOffset, (nuint)alignedLength))
        {
            throw new IOException($"FlushViewOfFile of {Describe()} failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
        }

        // FlushViewOfFile only starts the write of the pages; FlushFileBuffers waits for them and the file's metadata.
        if (mode == FlushMode.Sync && !Kernel32.FlushFileBuffers(_fileHandle!))
        {
            throw new IOException($"FlushFileBuffers of {Describe()} failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}.");
        }
    }

    [SupportedOSPlatform("windows")]
    private void AdviseWindows(long alignedOffset, long alignedLength, MapAdvice advice)
    {
        if (advice == MapAdvice.WillNeed)
        {
            PrefetchWindows(alignedOffset, alignedLength);
        }

        // Normal, Sequential, Random, DontNeed, HugePage, NoHugePage: Windows has no per-range hint for file mappings.
    }

    [SupportedOSPlatform("windows")]
    private void PrefetchWindows(long alignedOffset, long alignedLength)
    {
        Kernel32.MemoryRangeEntry entry = new() { VirtualAddress = Start + alignedOffset, NumberOfBytes = (nuint)alignedLength };

        // A failed prefetch is only a missed hint (it is also absent before Windows 8), so the result is ignored.
        _ = Kernel32.PrefetchVirtualMemory(Kernel32.GetCurrentProcess(), 1, &entry, 0);
    }
}
