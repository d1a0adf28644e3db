using System;
using System.IO;
using System.Runtime.InteropServices;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// Writes a table's header page to the disk on its own, as the OS's background write-back may at any moment. On Linux with
/// <c>sync_file_range</c>, which writes the page and nothing else: no file-system metadata, so not the file's new length
/// after an unsynced growth either, exactly the state a power loss can then leave (a capacity past the file's end). An
/// msync of the page would also commit the file system's journal, and with it the length. Elsewhere, an msync of the page.
/// </summary>
internal sealed partial class HeaderWriteBack : IDisposable
{
    // SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER: the page is on the device on return.
    private const uint WriteAndWait = 1 | 2 | 4;

    private readonly FileStream? _handle;
    private readonly MappedFile? _mapping;

    public HeaderWriteBack(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            _handle = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        else
        {
            _mapping = MappedFile.Open(path, MapAccess.ReadWrite);
        }
    }

    public void WritePage()
    {
        if (_handle is null)
        {
            _mapping!.Flush(0, 4096);
            return;
        }

        if (SyncFileRange((int)_handle.SafeFileHandle.DangerousGetHandle(), 0, 4096, WriteAndWait) != 0)
        {
            throw new IOException($"sync_file_range failed: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    public void Dispose()
    {
        _handle?.Dispose();
        _mapping?.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
    private static partial int SyncFileRange(int fd, long offset, long length, uint flags);
}
