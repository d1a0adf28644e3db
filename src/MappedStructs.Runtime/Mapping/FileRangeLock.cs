using System;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs;

/// <summary>
/// A held byte-range lock on a file; <see cref="Dispose"/> releases it. It keeps a reference on the file handle, so releasing
/// works even after the <see cref="MappedFile"/> is disposed. Platform halves: FileRangeLock.Unix.cs, FileRangeLock.Windows.cs.
/// </summary>
internal sealed partial class FileRangeLock : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly long _offset;
    private readonly long _length;
    private int _released;

    private FileRangeLock(SafeFileHandle handle, long offset, long length)
    {
        _handle = handle;
        _offset = offset;
        _length = length;
    }

    /// <summary>Takes the lock, waiting for conflicting holders when <paramref name="wait"/>; null when it is held elsewhere and not waiting.</summary>
    internal static FileRangeLock? Acquire(FileStream stream, string path, long offset, long length, bool exclusive, bool wait)
    {
        SafeFileHandle handle = stream.SafeFileHandle;
        bool referenced = false;
        handle.DangerousAddRef(ref referenced);
        bool acquired = false;
        try
        {
            acquired = OperatingSystem.IsWindows()
                ? AcquireWindows(handle, path, offset, length, exclusive, wait)
                : OperatingSystem.IsLinux()
                    ? AcquireLinux(handle, path, offset, length, exclusive, wait)
                    : OperatingSystem.IsMacOS()
                        ? AcquireMac(handle, path, offset, length, exclusive, wait)
                        : throw new PlatformNotSupportedException("Byte-range locks are implemented for Linux, macOS and Windows.");
            return acquired ? new FileRangeLock(handle, offset, length) : null;
        }
        finally
        {
            if (!acquired)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Releases the lock once; later calls do nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                ReleaseWindows(_handle, _offset, _length);
            }
            else if (OperatingSystem.IsLinux())
            {
                ReleaseLinux(_handle, _offset, _length);
            }
            else if (OperatingSystem.IsMacOS())
            {
                ReleaseMac(_handle, _offset, _length);
            }
        }
        finally
        {
            _handle.DangerousRelease();
        }
    }
}
