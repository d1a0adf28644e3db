using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Peers;

/// <summary>How this process maps a file now: 2 MiB entries (FilePmdMapped) against everything resident (Rss), from /proc/self/smaps.</summary>
internal static class MappingState
{
    /// <summary>"FilePmdMapped Rss VMAs" in KiB, or "n/a" where /proc/self/smaps does not exist.</summary>
    public static string Of(string path)
    {
        if (!Smaps.Available)
        {
            return "n/a n/a 0";
        }

        IReadOnlyList<SmapsMapping> mappings = Smaps.MappingsOf(path);
        long pmd = mappings.Sum(mapping => mapping.KiB("FilePmdMapped"));
        long rss = mappings.Sum(mapping => mapping.KiB("Rss"));
        return string.Create(CultureInfo.InvariantCulture, $"{pmd} {rss} {mappings.Count}");
    }
}
