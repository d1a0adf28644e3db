using System;
using System.Globalization;
using System.IO;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>What /proc/self/smaps says about every mapping of one file in this process.</summary>
/// <param name="Mappings">How many VMAs map the file.</param>
/// <param name="RssKiB">Resident kilobytes over those VMAs.</param>
/// <param name="FilePmdMappedKiB">Kilobytes mapped with 2 MiB page-table entries (the figure the issue asks for).</param>
/// <param name="HugePageAdvised">Whether any VMA carries the MADV_HUGEPAGE flag (hg).</param>
/// <param name="NoHugePageAdvised">Whether any VMA carries the MADV_NOHUGEPAGE flag (nh).</param>
public readonly record struct SmapsFigures(int Mappings, long RssKiB, long FilePmdMappedKiB, bool HugePageAdvised, bool NoHugePageAdvised)
{
    /// <summary>Reads the figures for <paramref name="path"/>; all zero where /proc is absent (not Linux).</summary>
    public static SmapsFigures ForFile(string path)
    {
        const string smaps = "/proc/self/smaps";
        if (!File.Exists(smaps))
        {
            return default;
        }

        string fullPath = Path.GetFullPath(path);
        int mappings = 0;
        long rss = 0, pmd = 0;
        bool huge = false, noHuge = false, inside = false;
        foreach (string line in File.ReadLines(smaps))
        {
            if (IsVmaHeader(line))
            {
                inside = line.EndsWith(fullPath, StringComparison.Ordinal);
                mappings += inside ? 1 : 0;
            }
            else if (inside)
            {
                rss += ReadKiB(line, "Rss:");
                pmd += ReadKiB(line, "FilePmdMapped:");
                if (line.StartsWith("VmFlags:", StringComparison.Ordinal))
                {
                    huge |= line.Contains(" hg", StringComparison.Ordinal);
                    noHuge |= line.Contains(" nh", StringComparison.Ordinal);
                }
            }
        }

        return new SmapsFigures(mappings, rss, pmd, huge, noHuge);
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

    // A VMA header looks like "7f0000000000-7f0040000000 r--s 00000000 fd:01 1234   /path"; field lines start with "Name:".
    private static bool IsVmaHeader(string line)
    {
        int dash = line.IndexOf('-', StringComparison.Ordinal);
        int space = line.IndexOf(' ', StringComparison.Ordinal);
        return dash > 0 && space > dash && Uri.IsHexDigit(line[0]);
    }

    private static long ReadKiB(string line, string key)
    {
        if (!line.StartsWith(key, StringComparison.Ordinal))
        {
            return 0;
        }

        ReadOnlySpan<char> rest = line.AsSpan(key.Length).Trim();
        int space = rest.IndexOf(' ');
        return long.Parse(space < 0 ? rest : rest[..space], NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}
