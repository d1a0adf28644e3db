using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>What /proc/self/smaps says about every mapping of one file in this process.</summary>
/// <param name="Mappings">How many VMAs map the file.</param>
/// <param name="RssKiB">Resident kilobytes over those VMAs.</param>
/// <param name="FilePmdMappedKiB">Kilobytes mapped with 2 MiB page-table entries (whether huge pages back the file).</param>
/// <param name="HugePageAdvised">Whether any VMA carries the MADV_HUGEPAGE flag (hg).</param>
/// <param name="NoHugePageAdvised">Whether any VMA carries the MADV_NOHUGEPAGE flag (nh).</param>
public readonly record struct SmapsFigures(int Mappings, long RssKiB, long FilePmdMappedKiB, bool HugePageAdvised, bool NoHugePageAdvised)
{
    /// <summary>Reads the figures for <paramref name="path"/>; all zero where /proc is absent (not Linux).</summary>
    public static SmapsFigures ForFile(string path)
    {
        if (!Smaps.Available)
        {
            return default;
        }

        IReadOnlyList<SmapsMapping> mappings = Smaps.MappingsOf(path);
        return new SmapsFigures(
            mappings.Count,
            mappings.Sum(m => m.KiB("Rss")),
            mappings.Sum(m => m.KiB("FilePmdMapped")),
            mappings.Any(m => m.VmFlags.Contains("hg")),
            mappings.Any(m => m.VmFlags.Contains("nh")));
    }

    /// <summary>The figures of two files' mappings together.</summary>
    public static SmapsFigures operator +(SmapsFigures a, SmapsFigures b) => new(
        a.Mappings + b.Mappings, a.RssKiB + b.RssKiB, a.FilePmdMappedKiB + b.FilePmdMappedKiB,
        a.HugePageAdvised || b.HugePageAdvised, a.NoHugePageAdvised || b.NoHugePageAdvised);

    /// <summary>One line for logs and tables, e.g. "FilePmdMapped 1048576 KiB of Rss 1048576 KiB (1 VMA, hg)".</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"FilePmdMapped {FilePmdMappedKiB} KiB of Rss {RssKiB} KiB ({Mappings} VMA{(Mappings == 1 ? "" : "s")}{(HugePageAdvised ? ", hg" : "")}{(NoHugePageAdvised ? ", nh" : "")})");
}
