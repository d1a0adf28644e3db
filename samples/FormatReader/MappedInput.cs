using System.IO;
using MappedStructs;

namespace FormatReader;

/// <summary>Opens a file named on the command line read-only, refusing one too short to hold its format's first header.</summary>
internal static class MappedInput
{
    /// <summary>
    /// Maps <paramref name="path"/> read-only. A missing file, or one shorter than <paramref name="minimumLength"/> (an
    /// empty file cannot be mapped at all), is a <see cref="MalformedFileException"/> naming the file and <paramref name="what"/>.
    /// </summary>
    public static MappedFile Open(string path, int minimumLength, string what)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw MalformedFileException.In(path, "the file does not exist");
        }

        if (info.Length < minimumLength)
        {
            throw MalformedFileException.In(path, $"{info.Length} bytes is too short for {what} ({minimumLength} bytes)");
        }

        return MappedFile.Open(path, MapAccess.Read);
    }
}
