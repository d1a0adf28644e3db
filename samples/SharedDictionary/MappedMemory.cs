using System.Collections.Generic;
using System.Linq;
using MappedStructs.TestSupport;

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
        if (!Smaps.Available)
        {
            return null;
        }

        IReadOnlyList<SmapsMapping> mappings = Smaps.MappingsOf(path);
        return (mappings.Sum(m => m.KiB("Rss")), mappings.Sum(m => m.KiB("Pss")));
    }
}
