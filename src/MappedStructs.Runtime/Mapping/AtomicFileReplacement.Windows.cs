using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>The rename of <see cref="AtomicFileReplacement"/> on Windows.</summary>
internal static partial class AtomicFileReplacement
{
    /// <summary>
    /// What the rename asks MoveFileEx for: replace the target, and return only once the rename is on the disk
    /// (MOVEFILE_WRITE_THROUGH), as the directory's fsync after rename(2) does on Unix; <see cref="File.Move(string, string, bool)"/>
    /// asks for neither write-through nor anything else durable. No MOVEFILE_COPY_ALLOWED: the temporary file is beside the
    /// target, and a copy would not be atomic.
    /// </summary>
    internal const uint WindowsMoveFlags = MoveFileReplaceExisting | MoveFileWriteThrough;

    private const uint MoveFileReplaceExisting = 0x1;
    private const uint MoveFileWriteThrough = 0x8;

    /// <summary>Paths from here on need the <c>\\?\</c> prefix for the Win32 file calls (MAX_PATH, with its terminator).</summary>
    private const int MaxPath = 260;

    /// <summary>
    /// Renames <paramref name="temporary"/> over <paramref name="target"/> with <paramref name="moveFileEx"/> (MoveFileExW;
    /// a test passes another to see the call) and <see cref="WindowsMoveFlags"/>.
    /// </summary>
    /// <exception cref="IOException">The rename failed; its message is the Win32 error's.</exception>
    internal static void RenameOverWindows(string temporary, string target, Func<string, string, uint, bool> moveFileEx)
    {
        if (!moveFileEx(Win32Path(temporary), Win32Path(target), WindowsMoveFlags))
        {
            int error = Marshal.GetLastPInvokeError();
            throw new IOException(new Win32Exception(error).Message, HResultOfWin32(error));
        }
    }

    /// <summary>
    /// The full path as the Win32 calls take it: with the extended-length prefix when it is too long for MAX_PATH, as
    /// .NET's own file calls add it (a path with the prefix is not normalised, so it is made full first).
    /// </summary>
    internal static string Win32Path(string path)
    {
        string full = Path.GetFullPath(path);
        if (full.Length < MaxPath || full.StartsWith(@"\\?\", StringComparison.Ordinal))
        {
            return full;
        }

        return full.StartsWith(@"\\", StringComparison.Ordinal) ? @"\\?\UNC\" + full[2..] : @"\\?\" + full;
    }

    private static int HResultOfWin32(int error) => error <= 0 ? error : unchecked((int)(0x80070000u | (uint)(error & 0xFFFF)));
}
