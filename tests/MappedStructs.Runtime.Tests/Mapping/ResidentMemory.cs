using System;
using System.IO;

namespace MappedStructs.Tests.Mapping;

/// <summary>This process' resident file-backed memory from /proc/self/status (Linux only).</summary>
internal static class ResidentMemory
{
    /// <summary>
    /// Resident pages of shared file mappings in bytes: RssFile, plus RssShmem because a file on tmpfs (a common /tmp) is
    /// shared memory to the kernel.
    /// </summary>
    public static long FileBytes() => (ReadKilobytes("RssFile:") + ReadKilobytes("RssShmem:")) * 1024;

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
