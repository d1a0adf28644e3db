using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Replaces a table file without pulling pages from under its readers: the new content is written to a file beside it,
/// then renamed over the old path. A process that maps the old file keeps its inode (and every page of it) until it
/// unmaps; opening the path afterwards gives the new file. Shortening a file in place instead would make a reader's
/// access to the lost pages raise SIGBUS.
/// </summary>
internal static class TableFileReplacement
{
    /// <summary>
    /// Calls <paramref name="writeReplacement"/> with a fresh path in <paramref name="path"/>'s directory, then renames
    /// that file over <paramref name="path"/>. When writing or renaming fails the new file is deleted and
    /// <paramref name="path"/> is left as it was.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">On Windows, which refuses to replace a file that any process maps.</exception>
    public static void Replace(string path, Action<string> writeReplacement)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException($"The table '{path}' cannot be replaced while it is mapped: Windows refuses to rename over a mapped file.");
        }

        string fullPath = System.IO.Path.GetFullPath(path);
        string replacement = System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(fullPath)!,
            $".{System.IO.Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.replacing");
        try
        {
            writeReplacement(replacement);
            File.Move(replacement, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(replacement);
            throw;
        }
    }
}
