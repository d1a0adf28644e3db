using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace MappedStructs.ColdReads;

/// <summary>The markdown report of a cold-read run: machine, settings, one table per workload, the issue's two targets.</summary>
internal static class ColdReport
{
    private const double ScanTarget = 1.2;
    private const double RandomTarget = 1.5;

    /// <summary>Checks that every method of a workload summed the same value, then renders the report.</summary>
    public static string Render(ColdFile file, IReadOnlyList<Measurement> measurements, TimeSpan delay, int trials, string command)
    {
        CheckSums(measurements);
        var medians = measurements.GroupBy(m => m.Method.Name).ToDictionary(g => g.Key, g => Median(g.Select(m => m.Seconds)));
        var text = new StringBuilder();
        Line(text, $"# Cold reads: mapped with each advice against read() and pread ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        Line(text, $"");
        Line(text, $"Written by `bench/MappedStructs.ColdReads/run.sh`; the method is in [docs/benchmarks.md](../../docs/benchmarks.md#cold-reads-benchmappedstructscoldreads).");
        Line(text, $"");
        Line(text, $"| | |");
        Line(text, $"|---|---|");
        Line(text, $"| command | `{command}` |");
        Line(text, $"| CPU | {CpuModel()}, {Environment.ProcessorCount} logical processors |");
        Line(text, $"| OS | {RuntimeInformation.OSDescription}, .NET {Environment.Version} |");
        Line(text, $"| file | {file.Path} ({new FileInfo(file.Path).Length / (1 << 20):N0} MiB: {file.Table.Count:N0} records of 32 bytes) on {FileSystem(file.Path)} |");
        Line(text, $"| protocol | per trial and method: fsync + posix_fadvise(DONTNEED), then {delay.TotalSeconds:F0} s of sleep, then one timed pass (open to close); {trials} trial(s), methods in an order rotated per trial; medians |");
        Line(text, $"| page cache after each eviction | at most {measurements.Max(m => m.ResidentAfterEviction) / 1024:N0} KiB of the file resident |");
        Line(text, $"| random reads | {file.Indices.Length:N0} random records per pass |");
        Line(text, $"| windows | {file.WindowBytes / (1 << 20):N0} MiB |");
        Line(text, $"| load average at the end | {LoadAverage()} |");
        Line(text, $"");

        Section(text, "Sequential scan (sum of `Quantity` over every record)", Workload.Scan, ColdMethods.ReadLoop, measurements, medians, file);
        Section(text, "Random point reads (sum of `Price`)", Workload.RandomReads, ColdMethods.Pread, measurements, medians, file);

        Line(text, $"## The targets of issue 18, item 6");
        Line(text, $"");
        Line(text, $"| Target | Ratio | Verdict |");
        Line(text, $"|---|---|---|");
        Target(text, "mapped scan with `Sequential` advice within 1.2x of the read() loop", medians, "scan-mapped-sequential", ColdMethods.ReadLoop, ScanTarget);
        string bestScan = Best(medians, measurements, Workload.Scan, ColdMethods.ReadLoop, ColdMethods.DirectReadLoop);
        Target(text, $"best mapped scan (`{bestScan}`) within 1.2x of the read() loop", medians, bestScan, ColdMethods.ReadLoop, ScanTarget);
        Target(text, "mapped random reads with `Random` advice within 1.5x of pread", medians, "random-mapped-random", ColdMethods.Pread, RandomTarget);
        string bestRandom = Best(medians, measurements, Workload.RandomReads, ColdMethods.Pread);
        Target(text, $"best mapped random reads (`{bestRandom}`) within 1.5x of pread", medians, bestRandom, ColdMethods.Pread, RandomTarget);
        Line(text, $"");
        Line(text, $"Ratio: median time of the mapped method / median time of the reference (below 1: the mapping is faster).");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, Workload workload, string reference, IReadOnlyList<Measurement> measurements, Dictionary<string, double> medians, ColdFile file)
    {
        bool scan = workload == Workload.Scan;
        Line(text, $"## {title}");
        Line(text, $"");
        Line(text, $"| Method | What it does | Median | {(scan ? "GB/s" : "µs per read")} | Range over trials | vs {reference} | Major faults | MiB read from storage |");
        Line(text, $"|---|---|---|---|---|---|---|---|");
        foreach (IGrouping<string, Measurement> group in measurements.Where(m => m.Method.Workload == workload).GroupBy(m => m.Method.Name))
        {
            double median = medians[group.Key];
            string rate = scan ? $"{file.RecordBytes / median / 1e9:F2}" : $"{median * 1e6 / file.Indices.Length:F1}";
            string ratio = medians.TryGetValue(reference, out double baseline) ? $"{median / baseline:F2}" : "-";
            long faults = (long)Median(group.Select(m => (double)m.Io.MajorFaults));
            double storage = Median(group.Select(m => (double)m.Io.StorageReadBytes)) / (1 << 20);
            Line(text, $"| `{group.Key}` | {group.First().Method.Description} | {median:F3} s | {rate} | {group.Min(m => m.Seconds):F3}-{group.Max(m => m.Seconds):F3} s | {ratio} | {faults:N0} | {storage:N0} |");
        }

        Line(text, $"");
    }

    private static string Best(Dictionary<string, double> medians, IReadOnlyList<Measurement> measurements, Workload workload, params string[] excluded) =>
        measurements.Where(m => m.Method.Workload == workload && Array.IndexOf(excluded, m.Method.Name) < 0)
            .Select(m => m.Method.Name).Distinct().OrderBy(name => medians[name]).First();

    private static void Target(StringBuilder text, string target, Dictionary<string, double> medians, string method, string reference, double limit)
    {
        if (!medians.TryGetValue(method, out double time) || !medians.TryGetValue(reference, out double baseline))
        {
            Line(text, $"| {target} | - | not measured |");
            return;
        }

        double ratio = time / baseline;
        Line(text, $"| {target} | {ratio:F2} | {(ratio <= limit ? "met" : "missed")} |");
    }

    private static void CheckSums(IReadOnlyList<Measurement> measurements)
    {
        foreach (IGrouping<Workload, Measurement> workload in measurements.GroupBy(m => m.Method.Workload))
        {
            var sums = workload.Select(m => m.Sum).Distinct().ToList();
            if (sums.Count != 1)
            {
                string detail = string.Join("; ", workload.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Method.Name}#{m.Trial}={m.Sum}")));
                throw new InvalidDataException($"The {workload.Key} methods disagree on the sum: {detail}");
            }
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";

    private static string FileSystem(string path)
    {
        try
        {
            return new DriveInfo(Path.GetFullPath(path)).DriveFormat;
        }
        catch (ArgumentException)
        {
            return "unknown file system";
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
