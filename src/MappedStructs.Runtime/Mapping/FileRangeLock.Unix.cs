using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using MappedStructs.Interop;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs;

/// <summary>
/// Linux: open-file-description locks (fcntl F_OFD_SETLK / F_OFD_SETLKW), owned by the open file, so they exclude other opens
/// in the same process as well as other processes, and closing another descriptor of the file does not drop them.
/// macOS: POSIX record locks (fcntl F_SETLK / F_SETLKW), owned by the process: they exclude other processes only, and closing
/// any descriptor of the file in this process drops them.
/// </summary>
internal sealed unsafe partial class FileRangeLock
{
    [SupportedOSPlatform("linux")]
    private static bool AcquireLinux(SafeFileHandle handle, string path, long offset, long length, bool exclusive, bool wait)
    {
        LinuxFlock request = new()
        {
            Type = exclusive ? LinuxFlock.WriteLock : LinuxFlock.ReadLock,
            Whence = 0,
            Start = offset,
            Length = length,
            ProcessId = 0,
        };
        int command = wait ? LinuxFlock.OfdSetLockWait : LinuxFlock.OfdSetLock;
        int fd = (int)handle.DangerousGetHandle();
        while (Libc.FcntlLock(fd, command, &request) != 0)
        {
            if (!ShouldRetry(Marshal.GetLastPInvokeError(), Libc.EAGAIN, path, offset, length, wait))
            {
                return false;
            }
        }

        return true;
    }

    [SupportedOSPlatform("linux")]
    private static void ReleaseLinux(SafeFileHandle handle, long offset, long length)
    {
        LinuxFlock request = new() { Type = LinuxFlock.Unlock, Whence = 0, Start = offset, Length = length, ProcessId = 0 };

        // Unlocking a range we hold cannot conflict; a failure here would leave nothing better to do than the close that follows eventually.
        _ = Libc.FcntlLock((int)handle.DangerousGetHandle(), LinuxFlock.OfdSetLock, &request);
    }

    [SupportedOSPlatform("macos")]
    private static bool AcquireMac(SafeFileHandle handle, string path, long offset, long length, bool exclusive, bool wait)
    {
        MacFlock request = new()
        {
            Start = offset,
            Length = length,
            ProcessId = 0,
            Type = exclusive ? MacFlock.WriteLock : MacFlock.ReadLock,
            Whence = 0,
        };
        int command = wait ? MacFlock.SetLockWait : MacFlock.SetLock;
        while (FcntlMac(handle, command, &request) != 0)
        {
            if (!ShouldRetry(Marshal.GetLastPInvokeError(), MacFlock.EAGAIN, path, offset, length, wait))
            {
                return false;
            }
        }

        return true;
    }

    [SupportedOSPlatform("macos")]
    private static void ReleaseMac(SafeFileHandle handle, long offset, long length)
    {
        MacFlock request = new() { Start = offset, Length = length, ProcessId = 0, Type = MacFlock.Unlock, Whence = 0 };
        _ = FcntlMac(handle, MacFlock.SetLock, &request);
    }

    /// <summary>
    /// What a failed fcntl lock request means: retry after a signal (EINTR); give up (false) when a request that does not
    /// wait finds the range held (<paramref name="busyErrno"/>, whose value differs between Linux and macOS, or EACCES);
    /// throw for anything else.
    /// </summary>
    private static bool ShouldRetry(int errno, int busyErrno, string path, long offset, long length, bool wait)
    {
        if (errno == Libc.EINTR)
        {
            return true;
        }

        if (!wait && (errno == busyErrno || errno == Libc.EACCES))
        {
            return false;
        }

        throw new IOException(
            $"Cannot lock bytes {offset}..{offset + length} of '{path}': {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
    }

    [SupportedOSPlatform("macos")]
    private static int FcntlMac(SafeFileHandle handle, int command, MacFlock* request)
    {
        int fd = (int)handle.DangerousGetHandle();
        return RuntimeInformation.ProcessArchitecture == Architecture.Arm64
            ? Libc.FcntlLockAppleArm64(fd, command, 0, 0, 0, 0, 0, 0, request)
            : Libc.FcntlLockMac(fd, command, request);
    }
}
