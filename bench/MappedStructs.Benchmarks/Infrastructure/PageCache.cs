using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.CompilerServices;
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

    /// <summary>How many bytes of the file are in the page cache (mincore over a mapping that touches nothing); -1 off Linux.</summary>
    public static unsafe long ResidentBytes(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return -1;
        }

        using var file = MappedFile.Open(path, MapAccess.Read);
        using MappedView view = file.CreateView();
        long pageSize = Environment.SystemPageSize;
        long pages = (view.Length + pageSize - 1) / pageSize;
        byte[] residency = new byte[pages];
        // The mapping is not GC memory: its address is stable while the view lives.
        byte* start = (byte*)Unsafe.AsPointer(ref Unsafe.AsRef(in view.GetReadOnlyReference()));
        fixed (byte* vector = residency)
        {
            if (Mincore((nint)start, (nuint)view.Length, vector) != 0)
            {
                throw new Win32Exception(Marshal.GetLastPInvokeError(), $"mincore of '{path}' failed");
            }
        }

        long resident = 0;
        foreach (byte page in residency)
        {
            resident += page & 1;
        }

        return resident * pageSize;
    }

    [LibraryImport("libc", EntryPoint = "mincore", SetLastError = true)]
    private static unsafe partial int Mincore(nint address, nuint length, byte* vector);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int PosixFadvise(int fd, long offset, long length, int advice);
}
