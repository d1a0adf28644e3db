using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>Evicts a file from the page cache so that the next read fills it afresh (Linux; elsewhere a no-op).</summary>
internal static partial class PageCache
{
    private const int PosixFadvDontNeed = 4;

    /// <summary>
    /// Writes the file's dirty pages back (fsync: DONTNEED skips dirty pages) and drops its clean pages from the cache.
    /// Pages another process has mapped stay. Returns false where posix_fadvise is not available.
    /// </summary>
    public static bool TryEvict(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        int fd = (int)handle.DangerousGetHandle();
        if (Fsync(fd) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"fsync of '{path}' failed");
        }

        // posix_fadvise returns the error number instead of setting errno.
        int error = PosixFadvise(fd, 0, 0, PosixFadvDontNeed);
        if (error != 0)
        {
            throw new Win32Exception(error, $"posix_fadvise(DONTNEED) of '{path}' failed");
        }

        return true;
    }

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int PosixFadvise(int fd, long offset, long length, int advice);
}
