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
            switch (errno)
            {
                case Libc.EINTR:
                    continue;
                case Libc.EOPNOTSUPP or Libc.ENOSYS:
                    return false;
                case Libc.ENOSPC:
                    throw NoSpace(path, offset, length, "the file system is full (ENOSPC).");
                case Libc.EFBIG:
                    throw NoSpace(path, offset, length, "the file would be longer than the file system allows (EFBIG).");
                default:
                    throw NoSpace(path, offset, length, $"fallocate failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
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
            switch (errno)
            {
                case Libc.EINTR:
                    continue;
                case MacFStore.ENOTSUP or MacFStore.EOPNOTSUPP:
                    return false;
                case MacFStore.ENOSPC:
                    throw NoSpace(path, offset, length, "the file system is full (ENOSPC).");
                case MacFStore.EFBIG:
                    throw NoSpace(path, offset, length, "the file would be longer than the file system allows (EFBIG).");
                default:
                    throw NoSpace(path, offset, length, $"fcntl(F_PREALLOCATE) failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
            }
        }

        return true;
    }

    [UnsupportedOSPlatform("windows")]
    private static unsafe int FcntlPreallocate(int fd, MacFStore* store) =>
        RuntimeInformation.ProcessArchitecture == Architecture.Arm64
            ? Libc.FcntlPreallocateAppleArm64(fd, MacFStore.Preallocate, 0, 0, 0, 0, 0, 0, store)
            : Libc.FcntlPreallocateMac(fd, MacFStore.Preallocate, store);
}
