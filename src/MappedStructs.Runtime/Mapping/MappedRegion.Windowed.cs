using System;
using System.IO;

namespace MappedStructs;

/// <summary>Mapping one window of a file: a range at an aligned offset instead of the whole file.</summary>
internal sealed unsafe partial class MappedRegion
{
    /// <summary>
    /// Maps [<paramref name="fileOffset"/>, <paramref name="fileOffset"/> + <paramref name="length"/>) of the file, with one
    /// lease held by the caller. The file mapping object spans the file's current length (capacity 0), which costs no
    /// address space: only the mapped range does. <paramref name="fileOffset"/> is aligned to <see cref="SlidingWindow.Granularity"/>,
    /// so the range starts exactly at <see cref="Start"/>.
    /// </summary>
    /// <exception cref="IOException">The OS refused the mapping (address space, memory, a file shortened by another process); the message names the file and the window.</exception>
    internal static MappedRegion MapWindow(FileStream stream, long fileOffset, long length, MapAccess access, string path)
    {
        try
        {
            return Map(stream, fileOffset, length, capacity: 0, access, path);
        }
        catch (Exception e) when (e is (IOException or ArgumentException or UnauthorizedAccessException) and not MappingBudgetExceededException)
        {
            throw MappingErrors.MapFailed(path, length, access, e, fileOffset);
        }
    }
}
