using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace MappedStructs.ColdReads;

/// <summary>
/// This process' major page faults (getrusage) and bytes fetched from storage (/proc/self/io read_bytes), so the report
/// can say how much each method made the disk read, readahead included.
/// </summary>
/// <param name="MajorFaults">Page faults that waited for the disk.</param>
/// <param name="StorageReadBytes">Bytes this process caused to be read from storage.</param>
internal readonly partial record struct IoCounters(long MajorFaults, long StorageReadBytes)
{
    private const int RusageSelf = 0;

    // struct rusage on 64-bit Linux: two timevals (4 longs), then maxrss, ixrss, idrss, isrss, minflt, majflt, ...
    private const int MajorFaultsField = 9;
    private const int RusageLongs = 18;

    /// <summary>The counters now.</summary>
    public static unsafe IoCounters Now()
    {
        long* usage = stackalloc long[RusageLongs];
        long majorFaults = GetRusage(RusageSelf, usage) == 0 ? usage[MajorFaultsField] : -1;
        return new IoCounters(majorFaults, ReadBytes());
    }

    /// <summary>What happened between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static IoCounters operator -(IoCounters after, IoCounters before) =>
        new(after.MajorFaults - before.MajorFaults, after.StorageReadBytes - before.StorageReadBytes);

    private static long ReadBytes()
    {
        foreach (string line in File.ReadLines("/proc/self/io"))
        {
            if (line.StartsWith("read_bytes:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan("read_bytes:".Length).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static unsafe partial int GetRusage(int who, long* usage);
}
