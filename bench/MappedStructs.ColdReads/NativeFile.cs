using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace MappedStructs.ColdReads;

/// <summary>open/read/close as a C program calls them (RandomAccess would issue pread, and has no O_DIRECT).</summary>
internal sealed partial class NativeFile : IDisposable
{
    private const int ReadOnly = 0;
    private const int Direct = 0x4000; // O_DIRECT on x86-64 and arm64 Linux

    private readonly string _path;
    private int _fd;

    private NativeFile(string path, int fd)
    {
        _path = path;
        _fd = fd;
    }

    /// <summary>Opens <paramref name="path"/> read-only, through the page cache or around it (O_DIRECT).</summary>
    public static NativeFile Open(string path, bool direct)
    {
        int fd = OpenFile(path, ReadOnly | (direct ? Direct : 0));
        return fd >= 0 ? new NativeFile(path, fd)
            : throw new Win32Exception(Marshal.GetLastPInvokeError(), $"open('{path}'{(direct ? ", O_DIRECT" : string.Empty)}) failed");
    }

    /// <summary>One read(2) into <paramref name="buffer"/>: the bytes read, 0 at the end of the file.</summary>
    public unsafe int Read(Span<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            nint read = ReadFile(_fd, start, (nuint)buffer.Length);
            return read >= 0 ? (int)read : throw new Win32Exception(Marshal.GetLastPInvokeError(), $"read('{_path}') failed");
        }
    }

    public void Dispose()
    {
        if (_fd >= 0)
        {
            _ = CloseFile(_fd);
            _fd = -1;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenFile(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint ReadFile(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseFile(int fd);
}
