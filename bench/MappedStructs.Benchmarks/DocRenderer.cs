using System;
using System.IO;
using System.Linq;
using System.Text;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks;

/// <summary>
/// Writes a run's results into docs/benchmarks.md between the markers <c>&lt;!-- results:begin --&gt;</c> and
/// <c>&lt;!-- results:end --&gt;</c>: the machine notes bench/run-all.sh recorded, each workload's BenchmarkDotNet table (GitHub
/// markdown exporter) in a fixed order, and the per-benchmark mapping log (cache fill, FilePmdMapped, page faults).
/// The prose around the markers is written by hand and is not touched.
/// </summary>
public static class DocRenderer
{
    private const string Begin = "<!-- results:begin -->";
    private const string End = "<!-- results:end -->";

    private static readonly string[] s_order =
    [
        "PointReadBenchmarks", "ScanBenchmarks", "ByteOrderBenchmarks", "LoadBenchmarks", "WriteBenchmarks", "PageSizeBenchmarks",
        "OrderIndexBenchmarks", "LogScanBenchmarks", "GeneratorBenchmarks", "AnalyzerBenchmarks",
    ];

    /// <summary>Replaces the results section of <paramref name="docPath"/>; throws when the markers or the reports are missing.</summary>
    public static void Render(string artifactsPath, string docPath, string machineNotesPath)
    {
        string results = Path.Combine(artifactsPath, "results");
        string[] reports = Directory.Exists(results) ? Directory.GetFiles(results, "*-report-github.md") : [];
        if (reports.Length == 0)
        {
            throw new InvalidOperationException($"No *-report-github.md under {results}: run the suite first.");
        }

        StringBuilder section = new();
        section.AppendLine(Begin);
        section.AppendLine("### Machine and run").AppendLine();
        section.AppendLine("```").AppendLine(File.ReadAllText(machineNotesPath).TrimEnd()).AppendLine("```").AppendLine();
        foreach (string report in reports.OrderBy(r => Rank(Path.GetFileName(r))).ThenBy(r => r, StringComparer.Ordinal))
        {
            string name = Path.GetFileName(report).Replace("-report-github.md", "", StringComparison.Ordinal);
            section.AppendLine("### " + name[(name.LastIndexOf('.') + 1)..]).AppendLine();
            section.AppendLine(File.ReadAllText(report).Trim()).AppendLine();
        }

        section.AppendLine("### Mapping log (per benchmark process: how the cache was filled, FilePmdMapped from /proc/self/smaps, page faults)").AppendLine();
        section.AppendLine("| Benchmark | Mapping |").AppendLine("|---|---|");
        foreach ((string name, string line) in MappingStats.ReadAll(BenchSettings.WorkDirectory))
        {
            string shortName = name.Replace("MappedStructs.Benchmarks.Workloads.", "", StringComparison.Ordinal);
            section.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {shortName.Replace("|", "\\|", StringComparison.Ordinal)} | {line.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        section.Append(End);

        string doc = File.ReadAllText(docPath);
        int begin = doc.IndexOf(Begin, StringComparison.Ordinal);
        int end = doc.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"{docPath} has no '{Begin}' ... '{End}' section to replace.");
        }

        File.WriteAllText(docPath, doc[..begin] + section + doc[(end + End.Length)..]);
    }

    private static int Rank(string fileName)
    {
        int rank = Array.FindIndex(s_order, o => fileName.Contains("." + o + "-", StringComparison.Ordinal));
        return rank < 0 ? s_order.Length : rank;
    }
}
