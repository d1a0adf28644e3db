using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace MappedStructs.TestSupport;

/// <summary>
/// This process' memory mappings as Linux describes them in /proc/self/smaps: one header line per mapping (VMA), such as
/// "7f12a0000000-7f12a0400000 rw-s 00000000 fd:01 1234   /path", then "Name: value kB" lines and a VmFlags line.
/// </summary>
internal static class Smaps
{
    private const string SelfPath = "/proc/self/smaps";

    /// <summary>
    /// Whether this OS has /proc/self/smaps (Linux does). Asked of Linux only: under Wine the path reaches the Linux
    /// process hosting Wine, whose mappings are not the ones Windows' calls made.
    /// </summary>
    public static bool Available => OperatingSystem.IsLinux() && File.Exists(SelfPath);

    /// <summary>Every mapping of this process, read now.</summary>
    public static IReadOnlyList<SmapsMapping> ReadSelf() => Parse(File.ReadLines(SelfPath));

    /// <summary>The mappings of this process that map the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<SmapsMapping> MappingsOf(string path)
    {
        string fullPath = System.IO.Path.GetFullPath(path);
        return ReadSelf().Where(mapping => mapping.Path == fullPath).ToList();
    }

    /// <summary>The mapping that contains <paramref name="address"/>.</summary>
    public static SmapsMapping MappingAt(nint address)
    {
        ulong target = (ulong)address;
        return ReadSelf().FirstOrDefault(mapping => mapping.Contains(target))
            ?? throw new InvalidOperationException($"No mapping contains 0x{target:x} in {SelfPath}.");
    }

    /// <summary>Parses the text of an smaps file.</summary>
    public static IReadOnlyList<SmapsMapping> Parse(IEnumerable<string> lines)
    {
        List<SmapsMapping> mappings = [];
        SmapsMapping? current = null;
        foreach (string line in lines)
        {
            if (TryParseHeader(line) is { } header)
            {
                current = header;
                mappings.Add(header);
            }
            else if (current is not null)
            {
                current.AddField(line);
            }
        }

        return mappings;
    }

    private static SmapsMapping? TryParseHeader(string line)
    {
        // Field lines ("Rss:", "VmFlags:") have no dash before their first space; a header's first word is "low-high" in hex.
        int space = line.IndexOf(' ', StringComparison.Ordinal);
        int dash = space < 0 ? -1 : line.IndexOf('-', 0, space);
        if (dash <= 0
            || !ulong.TryParse(line.AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong start)
            || !ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong end))
        {
            return null;
        }

        // After the range come permissions, offset, device and inode, then the path (absent for anonymous mappings).
        string[] words = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        string path = words.Length == 6 ? words[5].Trim() : string.Empty;
        return new SmapsMapping(start, end, path);
    }
}
