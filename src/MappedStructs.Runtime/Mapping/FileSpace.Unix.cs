using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using MappedStructs.Interop;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs;

/// <summary>Linux: fallocate(FALLOC_FL_KEEP_SIZE). macOS: fcntl(F_PREALLOCATE, F_ALLOCATEALL).</summary>
internal static partial class FileSpace
{
    [SupportedOSPlatform("linux")]
    private static bool ReserveLinux(SafeFileHandle handle, long offset, long length, string path)
    {
        int fd = (int)handle.DangerousGetHandle();
        while (Libc.Fallocate(fd, Libc.FallocKeepSize, offset, length) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (!ShouldRetry(errno, errno is Libc.EOPNOTSUPP or Libc.ENOSYS, Libc.ENOSPC, Libc.EFBIG, "fallocate", path, offset, length))
            {
                return false;
            }
        }

        return true;
    }

    [UnsupportedOSPlatform("windows")]
    private static unsafe bool ReserveMac(SafeFileHandle handle, long offset, long length, string path)
    {
        // F_PEOFPOSMODE counts from the physical end, which is never before the logical one: reserving `length` bytes past it
        // covers [offset, offset + length) when offset is the logical end, the only way growth calls this.
        MacFStore store = new() { Flags = MacFStore.AllocateAll, PositionMode = MacFStore.FromPhysicalEnd, Offset = 0, Length = length };
        int fd = (int)handle.DangerousGetHandle();
        while (FcntlPreallocate(fd, &store) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (!ShouldRetry(errno, errno is MacFStore.ENOTSUP or MacFStore.EOPNOTSUPP, MacFStore.ENOSPC, MacFStore.EFBIG, "fcntl(F_PREALLOCATE)", path, offset, length))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>After a failed reservation: true to retry (EINTR), false when the file system cannot reserve; throws for everything else.</summary>
    [UnsupportedOSPlatform("windows")]
    private static bool ShouldRetry(int errno, bool cannotReserve, int noSpace, int tooLarge, string call, string path, long offset, long length)
    {
        if (errno == Libc.EINTR)
        {
            return true;
        }

        if (cannotReserve)
        {
            return false;
        }

        string reason = errno == noSpace ? "the file system is full (ENOSPC)."
            : errno == tooLarge ? "the file would be longer than the file system allows (EFBIG)."
            : $"{call} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).";
        throw NoSpace(path, offset, length, reason);
    }

    [UnsupportedOSPlatform("windows")]
    private static unsafe int FcntlPreallocate(int fd, MacFStore* store) =>
        RuntimeInformation.ProcessArchitecture == Architecture.Arm64
            ? Libc.FcntlPreallocateAppleArm64(fd, MacFStore.Preallocate, 0, 0, 0, 0, 0, 0, store)
            : Libc.FcntlPreallocateMac(fd, MacFStore.Preallocate, store);
}
