namespace FormatReader;

/// <summary>
/// Range checks for offsets and lengths read from a file, written so that no sum can overflow: every value a file holds is
/// untrusted until one of these has accepted it.
/// </summary>
internal static class FileBounds
{
    /// <summary>Whether <paramref name="count"/> items of <paramref name="itemSize"/> bytes at <paramref name="offset"/> lie within <paramref name="fileLength"/> bytes.</summary>
    public static bool Contains(long fileLength, ulong offset, ulong count, ulong itemSize)
    {
        ulong length = (ulong)fileLength;
        if (offset > length)
        {
            return false;
        }

        ulong room = length - offset;
        return itemSize == 0 || count <= room / itemSize;
    }

    /// <summary>Throws <see cref="MalformedFileException"/> naming <paramref name="what"/> unless the range lies within the file.</summary>
    public static void Require(string path, long fileLength, ulong offset, ulong count, ulong itemSize, string what)
    {
        if (!Contains(fileLength, offset, count, itemSize))
        {
            throw MalformedFileException.In(path, $"{what} ({count} x {itemSize} bytes at offset {offset}) runs past the end of the file ({fileLength} bytes)");
        }
    }
}
