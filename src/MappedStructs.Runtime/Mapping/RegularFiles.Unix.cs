using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using MappedStructs.Interop;

namespace MappedStructs;

/// <summary>Unix: stat (following links) says what the path is before anything opens it.</summary>
internal static partial class RegularFiles
{
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;
    private const int ELOOPLinux = 40;
    private const int ELOOPMac = 62;

    [UnsupportedOSPlatform("windows")]
    private static unsafe void RequireUnix(string fullPath)
    {
        SystemNative.FileStatusPrefix status = default;
        int result;
        try
        {
            result = SystemNative.Stat(fullPath, &status);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A host without the shim as a loadable library (NativeAOT links it into the executable): only the open's
            // own checks remain, so a FIFO blocks there as it would for any FileStream. See docs/runtime.md, "Bad input".
            return;
        }

        if (result != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno is ENOENT or ENOTDIR)
            {
                throw Missing(fullPath, inner: null);
            }

            if (errno is ELOOPLinux or ELOOPMac)
            {
                throw new FileNotFoundException($"Cannot map '{fullPath}': the file does not exist (its symbolic links form a loop).", fullPath);
            }

            // Anything else (a directory we may not search, say) is for the open to report, with its own message.
            return;
        }

        string? kind = (status.Mode & SystemNative.TypeMask) switch
        {
            SystemNative.TypeRegular => null,
            SystemNative.TypeFifo => "a FIFO (named pipe)",
            SystemNative.TypeCharacterDevice => "a character device",
            SystemNative.TypeBlockDevice => "a block device",
            SystemNative.TypeSocket => "a socket",
            SystemNative.TypeDirectory => "a directory",
            int other => $"a file of type 0x{other:X}",
        };
        if (kind is not null)
        {
            throw NotRegular(fullPath, kind);
        }
    }
}
