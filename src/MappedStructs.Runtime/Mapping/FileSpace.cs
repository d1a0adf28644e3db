using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs;

/// <summary>
/// Reserving disk blocks for bytes a file is given, so that a full disk is an <see cref="IOException"/> when the file is
/// created or grown instead of a SIGBUS at the first write into a page the file system cannot back. File systems that
/// cannot reserve (no fallocate, some network and FUSE file systems) keep the file sparse: see docs/runtime.md, "Full disks".
/// </summary>
internal static partial class FileSpace
{
    /// <summary>
    /// Reserves the blocks of [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="length"/>) without
    /// changing the file's length. Returns false when the file system cannot reserve (the range stays sparse).
    /// </summary>
    /// <exception cref="IOException">The file system has too little space (or refuses the length); the message names <paramref name="path"/>.</exception>
    internal static bool Reserve(SafeFileHandle handle, long offset, long length, string path)
    {
        if (length <= 0)
        {
            return true;
        }

        if (OperatingSystem.IsWindows())
        {
            return ReserveWindows();
        }

        return OperatingSystem.IsLinux() ? ReserveLinux(handle, offset, length, path) : ReserveMac(handle, offset, length, path);
    }

    internal static IOException NoSpace(string path, long offset, long length, string reason) =>
        new($"Cannot reserve {length} bytes at offset {offset} of '{path}': {reason} The file's length is unchanged.");
}
