using System;
using System.IO;

namespace MappedStructs.Tests.Mapping;

/// <summary>This process' resident file-backed memory from /proc/self/status (Linux only).</summary>
internal static class ResidentMemory
{
    /// <summary>RssFile in bytes: resident pages of file mappings, the pages a file mapping faults in.</summary>
    public static long FileBytes() => ReadKilobytes("RssFile:") * 1024;

    /// <summary>VmRSS in bytes: all resident memory.</summary>
    public static long TotalBytes() => ReadKilobytes("VmRSS:") * 1024;

    private static long ReadKilobytes(string field)
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                // "RssFile:	   12345 kB"
                string number = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/self/status has no {field} line.");
    }
}
