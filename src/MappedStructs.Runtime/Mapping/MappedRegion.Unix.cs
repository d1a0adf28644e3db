using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using MappedStructs.Interop;

namespace MappedStructs;

/// <summary>Linux and macOS: msync and madvise on the region's addresses.</summary>
internal sealed unsafe partial class MappedRegion
{
    [UnsupportedOSPlatform("windows")]
    private void FlushUnix(long alignedOffset, long alignedLength, FlushMode mode)
    {
        int flags = mode == FlushMode.Sync ? Libc.MsSync : Libc.MsAsync;
        if (Libc.MSync(Start + alignedOffset, (nuint)alignedLength, flags) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw new IOException($"msync of {Describe()} failed for bytes {alignedOffset}..{alignedOffset + alignedLength}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
        }
    }

    [UnsupportedOSPlatform("windows")]
    private void AdviseUnix(long alignedOffset, long alignedLength, MapAdvice advice)
    {
        int osAdvice;
        switch (advice)
        {
            case MapAdvice.Normal: osAdvice = Libc.MadvNormal; break;
            case MapAdvice.Sequential: osAdvice = Libc.MadvSequential; break;
            case MapAdvice.Random: osAdvice = Libc.MadvRandom; break;
            case MapAdvice.WillNeed: osAdvice = Libc.MadvWillNeed; break;
            case MapAdvice.DontNeed:
                // On a private (copy-on-write) mapping MADV_DONTNEED throws away the private copies, i.e. the caller's writes.
                if (Access == MapAccess.CopyOnWrite)
                {
                    return;
                }

                osAdvice = Libc.MadvDontNeed;
                break;
            case MapAdvice.HugePage or MapAdvice.NoHugePage:
                if (!OperatingSystem.IsLinux())
                {
                    return;
                }

                osAdvice = advice == MapAdvice.HugePage ? Libc.MadvHugePage : Libc.MadvNoHugePage;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(advice), advice, "Unknown MapAdvice.");
        }

        if (Libc.MAdvise(Start + alignedOffset, (nuint)alignedLength, osAdvice) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            // A kernel built without transparent huge pages rejects the huge-page hints; they are hints, so that is not an error.
            if (errno == Libc.EINVAL && advice is MapAdvice.HugePage or MapAdvice.NoHugePage)
            {
                return;
            }

            throw new IOException($"madvise({advice}) of {Describe()} failed for bytes {alignedOffset}..{alignedOffset + alignedLength}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
        }
    }

    /// <summary>MADV_POPULATE_READ / _WRITE (Linux 5.14+); false when the kernel does not know them, so the caller touches pages instead.</summary>
    [SupportedOSPlatform("linux")]
    private bool TryPopulateLinux(long alignedOffset, long alignedLength, bool forWrite)
    {
        int advice = forWrite ? Libc.MadvPopulateWrite : Libc.MadvPopulateRead;
        if (Libc.MAdvise(Start + alignedOffset, (nuint)alignedLength, advice) == 0)
        {
            return true;
        }

        int errno = Marshal.GetLastPInvokeError();
        if (errno == Libc.EINVAL)
        {
            s_kernelHasPopulate = false;
            return false;
        }

        throw new IOException($"Prefaulting {Describe()} failed for bytes {alignedOffset}..{alignedOffset + alignedLength}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}); was the file truncated by another process?");
    }
}
