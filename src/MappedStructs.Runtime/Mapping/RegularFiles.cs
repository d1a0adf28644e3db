using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Only regular files are mapped: a FIFO would block the open until a writer appears, a device or socket has no length to
/// map. The check runs before the file is opened, so nothing can block; the messages are shared by files and tables.
/// </summary>
internal static partial class RegularFiles
{
    /// <summary>Throws unless <paramref name="fullPath"/> names (through any symbolic links) an existing regular file.</summary>
    /// <exception cref="FileNotFoundException">Nothing exists there, or a symbolic link on the way dangles or loops.</exception>
    /// <exception cref="IOException">It is a FIFO, a device, a socket or a directory.</exception>
    internal static void Require(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            if (!File.Exists(fullPath))
            {
                throw Missing(fullPath, inner: null);
            }

            return;
        }

        RequireUnix(fullPath);
    }

    internal static FileNotFoundException Missing(string fullPath, Exception? inner) =>
        new($"Cannot map '{fullPath}': the file does not exist.", fullPath, inner);

    internal static IOException NotRegular(string fullPath, string kind) =>
        new($"Cannot map '{fullPath}': it is {kind}, not a regular file; only regular files can be mapped.");
}
