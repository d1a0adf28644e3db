using System;
using System.Runtime.Versioning;
using MappedStructs.Interop;

namespace MappedStructs;

/// <summary>
/// Making a rename durable: POSIX persists a new directory entry only once the directory itself is synced, so without
/// it a power loss after <see cref="AtomicFileReplacement"/> may bring back the old file (or none) although the new file's
/// own pages, and a table's later commits to it, were synced.
/// </summary>
internal static class DirectorySync
{
    /// <summary>
    /// fsyncs <paramref name="directory"/> on Linux and macOS, best effort: the rename has happened either way, and some
    /// file systems refuse to sync a directory (EINVAL) or to open one for reading, which leaves only the file system's own
    /// ordering, as SQLite does too. Windows has no directory handle to sync here (see docs/runtime.md).
    /// </summary>
    internal static void AfterRename(string directory)
    {
        if (!OperatingSystem.IsWindows())
        {
            SyncUnix(directory);
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static void SyncUnix(string directory)
    {
        int fd;
        try
        {
            fd = Libc.Open(directory, Libc.ReadOnly | Libc.CloseOnExec);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return;
        }

        if (fd < 0)
        {
            return;
        }

        _ = Libc.FSync(fd);
        _ = Libc.Close(fd);
    }
}
