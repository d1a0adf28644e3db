using System;
using System.Globalization;
using System.IO;

namespace SharedDictionary;

/// <summary>
/// How much of a mapped file this process has in memory, from /proc/self/smaps (Linux): Rss counts every resident page
/// of the mapping; Pss divides each page by the number of processes sharing it, so the Pss of all processes together
/// is the memory the file really costs.
/// </summary>
internal static class MappedMemory
{
    /// <summary>Rss and Pss in KiB over every mapping of <paramref name="path"/>; null where /proc/self/smaps does not exist.</summary>
    public static (long RssKiB, long PssKiB)? Measure(string path)
    {
        const string Smaps = "/proc/self/smaps";
        if (!File.Exists(Smaps))
        {
            return null;
        }

        string fullPath = Path.GetFullPath(path);
        long rss = 0;
        long pss = 0;
        bool inFile = false;
        foreach (string line in File.ReadLines(Smaps))
        {
            if (IsMappingHeader(line))
            {
                inFile = line.EndsWith(" " + fullPath, StringComparison.Ordinal);
            }
            else if (inFile && line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                rss += KiB(line);
            }
            else if (inFile && line.StartsWith("Pss:", StringComparison.Ordinal))
            {
                pss += KiB(line);
            }
        }

        return (rss, pss);
    }

    /// <summary>Mapping headers look like "7f12a0000000-7f12a0400000 rw-s 00000000 fd:01 1234  /path".</summary>
    private static bool IsMappingHeader(string line)
    {
        int dash = line.IndexOf('-', StringComparison.Ordinal);
        int space = line.IndexOf(' ', StringComparison.Ordinal);
        return dash > 0 && space > dash && IsHex(line.AsSpan(0, dash)) && IsHex(line.AsSpan(dash + 1, space - dash - 1));
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static bool IsHex(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExcept(HexDigits);

    private static long KiB(string line)
    {
        // "Rss:                 128 kB"
        ReadOnlySpan<char> value = line.AsSpan(4).Trim();
        int space = value.IndexOf(' ');
        return long.Parse(space < 0 ? value : value[..space], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
