using System;
using System.Collections.Generic;
using System.Globalization;

namespace MappedStructs.TestSupport;

/// <summary>One mapping (VMA) in /proc/self/smaps: its address range, what it maps, its sizes and its VmFlags.</summary>
internal sealed class SmapsMapping
{
    private readonly Dictionary<string, long> _kilobytes = new(StringComparer.Ordinal);
    private string[] _vmFlags = [];

    public SmapsMapping(ulong start, ulong end, string path)
    {
        Start = start;
        End = end;
        Path = path;
    }

    /// <summary>The first address of the mapping.</summary>
    public ulong Start { get; }

    /// <summary>The address just past the mapping.</summary>
    public ulong End { get; }

    /// <summary>The mapped file's path; empty for anonymous memory, a bracketed name such as "[heap]" for the kernel's own.</summary>
    public string Path { get; }

    /// <summary>The two-letter VmFlags, such as "rd", "sh", "hg" (MADV_HUGEPAGE) or "rr" (MADV_RANDOM).</summary>
    public IReadOnlyList<string> VmFlags => _vmFlags;

    /// <summary>Whether <paramref name="address"/> lies inside the mapping.</summary>
    public bool Contains(ulong address) => address >= Start && address < End;

    /// <summary>A size field such as "Rss", "Pss" or "FilePmdMapped" in KiB; 0 where the kernel does not report it.</summary>
    public long KiB(string field) => _kilobytes.GetValueOrDefault(field);

    /// <summary>Takes in one line that follows the header: "Name:   value kB" or "VmFlags: rd sh mr ...".</summary>
    internal void AddField(string line)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return;
        }

        string name = line[..colon];
        ReadOnlySpan<char> value = line.AsSpan(colon + 1).Trim();
        if (name == "VmFlags")
        {
            _vmFlags = value.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return;
        }

        int space = value.IndexOf(' ');
        if (long.TryParse(space < 0 ? value : value[..space], NumberStyles.None, CultureInfo.InvariantCulture, out long number))
        {
            _kilobytes[name] = number;
        }
    }
}
