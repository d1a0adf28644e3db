using System.Collections.Generic;
using System.Globalization;

namespace MappedStructs.ColdReads;

/// <summary>Every method of the suite, and the two each workload is measured against.</summary>
internal static class ColdMethods
{
    /// <summary>The scan's reference: what a program that does not map the file does.</summary>
    public const string ReadLoop = "read-loop-1MiB";

    /// <summary>The scan's physical limit.</summary>
    public const string DirectReadLoop = "direct-io-read-loop-1MiB";

    /// <summary>The random reads' reference.</summary>
    public const string Pread = "pread-per-record";

    /// <summary>How many records ahead <c>mapped-random+willneed-ahead</c> asks for.</summary>
    public const int WillNeedAhead = 32;

    /// <summary>The methods, scans first.</summary>
    public static IReadOnlyList<ColdMethod> All { get; } =
    [
        new("scan-mapped-normal", Workload.Scan, "`MapAdvice.Normal` (the kernel's default readahead)", file => Exact(MappedScans.WithAdvice(file, MapAdvice.Normal))),
        new("scan-mapped-sequential", Workload.Scan, "`MapAdvice.Sequential` on the whole mapping", file => Exact(MappedScans.WithAdvice(file, MapAdvice.Sequential))),
        new("scan-mapped-random", Workload.Scan, "`MapAdvice.Random` (no readahead: the wrong advice for a scan)", file => Exact(MappedScans.WithAdvice(file, MapAdvice.Random))),
        new("scan-mapped-willneed", Workload.Scan, "`MapAdvice.WillNeed` on the whole mapping up front", file => Exact(MappedScans.WithAdvice(file, MapAdvice.WillNeed))),
        new("scan-mapped-willneed-next-window", Workload.Scan, "`WillNeed` on the next window before reading each window", file => Exact(MappedScans.WillNeedNextWindow(file))),
        new("scan-mapped-prefault-windows", Workload.Scan, "`MappedFile.Prefault` (MADV_POPULATE_READ) of each window before reading it", file => Exact(MappedScans.PrefaultEachWindow(file))),
        new(ReadLoop, Workload.Scan, "read() of 1 MiB chunks into one buffer (the reference)", file => Exact(SystemCallReads.ReadLoop(file))),
        new(DirectReadLoop, Workload.Scan, "the same loop with O_DIRECT: the disk's sequential rate (physical limit)", file => Exact(SystemCallReads.DirectReadLoop(file))),
        new("random-mapped-normal", Workload.RandomReads, "`MapAdvice.Normal` (each fault reads around its page)", file => Exact(MappedRandomReads.WithAdvice(file, MapAdvice.Normal))),
        new("random-mapped-random", Workload.RandomReads, "`MapAdvice.Random` (each fault reads its page only)", file => Exact(MappedRandomReads.WithAdvice(file, MapAdvice.Random))),
        new("random-mapped-sequential", Workload.RandomReads, "`MapAdvice.Sequential` (the wrong advice for random reads)", file => Exact(MappedRandomReads.WithAdvice(file, MapAdvice.Sequential))),
        new("random-mapped-willneed-whole", Workload.RandomReads, "`MapAdvice.WillNeed` on the whole mapping up front, then the reads", file => Exact(MappedRandomReads.WithAdvice(file, MapAdvice.WillNeed))),
        new("random-mapped-random+willneed-ahead", Workload.RandomReads, $"`Random`, plus `WillNeed` on the page of the record {WillNeedAhead} reads ahead", file => Exact(MappedRandomReads.WillNeedAhead(file, WillNeedAhead))),
        new(Pread, Workload.RandomReads, "one pread of the 32-byte record per read (the reference)", file => Exact(SystemCallReads.PreadRecords(file))),
    ];

    private static string Exact(long sum) => sum.ToString(CultureInfo.InvariantCulture);

    private static string Exact(double sum) => sum.ToString("F4", CultureInfo.InvariantCulture);
}
