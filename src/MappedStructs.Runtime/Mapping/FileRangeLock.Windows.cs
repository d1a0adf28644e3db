using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using MappedStructs.Interop;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs;

/// <summary>Windows: LockFileEx / UnlockFileEx, owned by the handle (so two opens in one process exclude each other).</summary>
internal sealed unsafe partial class FileRangeLock
{
    [SupportedOSPlatform("windows")]
    private static bool AcquireWindows(SafeFileHandle handle, string path, long offset, long length, bool exclusive, bool wait)
    {
        Kernel32.Overlapped overlapped = new() { Offset = (uint)offset, OffsetHigh = (uint)(offset >> 32) };
        uint flags = (exclusive ? Kernel32.LockFileExclusiveLock : 0) | (wait ? 0 : Kernel32.LockFileFailImmediately);
        if (Kernel32.LockFileEx(handle, flags, 0, (uint)length, (uint)(length >> 32), &overlapped))
        {
            return true;
        }

        int error = Marshal.GetLastPInvokeError();
        if (!wait && error == Kernel32.ErrorLockViolation)
        {
            return false;
        }

        throw new IOException($"Cannot lock bytes {offset}..{offset + length} of '{path}': {Marshal.GetPInvokeErrorMessage(error)} (error {error}).");
    }

    [SupportedOSPlatform("windows")]
    private static void ReleaseWindows(SafeFileHandle handle, long offset, long length)
    {
        Kernel32.Overlapped overlapped = new() { Offset = (uint)offset, OffsetHigh = (uint)(offset >> 32) };
        _ = Kernel32.UnlockFileEx(handle, 0, (uint)length, (uint)(length >> 32), &overlapped);
    }
}
