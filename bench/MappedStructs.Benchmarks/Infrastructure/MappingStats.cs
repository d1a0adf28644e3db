using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Running;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// Carries "how the cache was filled" and the smaps figures from a benchmark process to the host's summary table.
/// Each benchmark process writes one small file, named after BenchmarkDotNet's full benchmark name (which the host passes to
/// the child as --benchmarkName) and its process id, as a benchmark runs in several processes (launches);
/// <see cref="Columns.MappingColumn"/> reads them back when the table is drawn.
/// </summary>
public static class MappingStats
{
    private static string Directory => Path.Combine(BenchSettings.WorkDirectory, "mapping-stats");

    /// <summary>Logs the figures and, in a BenchmarkDotNet child process, saves them for the summary column.</summary>
    public static void Record(string cacheFill, SmapsFigures figures)
    {
        string line = $"{figures}; cache: {cacheFill}";
        Console.WriteLine("// MappedStructs mapping: " + line);
        string? name = CurrentBenchmark.FullName;
        if (name is null)
        {
            return; // in-process (quick mode): the log line is all there is
        }

        System.IO.Directory.CreateDirectory(Directory);
        string file = PrefixFor(name) + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tsv";
        File.WriteAllText(file, string.Create(CultureInfo.InvariantCulture, $"{figures.FilePmdMappedKiB}\t{figures.RssKiB}\t{name}\t{line}"));
    }

    /// <summary>
    /// The saved figures of <paramref name="benchmarkCase"/> over its processes: the least and the most FilePmdMapped KiB,
    /// and the most Rss KiB; null if no process saved any.
    /// </summary>
    public static (long MinFilePmdMappedKiB, long MaxFilePmdMappedKiB, long RssKiB)? Read(BenchmarkCase benchmarkCase)
    {
        string prefix = PrefixFor(FullNameProvider.GetBenchmarkName(benchmarkCase));
        if (!System.IO.Directory.Exists(Directory))
        {
            return null;
        }

        long min = long.MaxValue, max = long.MinValue, rss = 0;
        foreach (string file in System.IO.Directory.EnumerateFiles(Directory, Path.GetFileName(prefix) + "*.tsv"))
        {
            string[] parts = File.ReadAllText(file).Split('\t', 4);
            long pmd = long.Parse(parts[0], CultureInfo.InvariantCulture);
            min = Math.Min(min, pmd);
            max = Math.Max(max, pmd);
            rss = Math.Max(rss, long.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        return max == long.MinValue ? null : (min, max, rss);
    }

    /// <summary>Every saved record of the last run as (full benchmark name, log line), one per process, sorted by name.</summary>
    public static IReadOnlyList<(string Name, string Line)> ReadAll(string workDirectory)
    {
        string directory = Path.Combine(workDirectory, "mapping-stats");
        List<(string, string)> all = [];
        if (System.IO.Directory.Exists(directory))
        {
            foreach (string file in System.IO.Directory.EnumerateFiles(directory, "*.tsv"))
            {
                string[] parts = File.ReadAllText(file).Split('\t', 4);
                all.Add((parts[2], parts[3]));
            }
        }

        all.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return all;
    }

    // The files of one benchmark share this prefix; each process adds its id.
    private static string PrefixFor(string benchmarkName)
    {
        // The full name holds characters no file name may; a hash keeps it unique and short.
        ulong hash = 14_695_981_039_346_656_037UL;
        foreach (char c in benchmarkName)
        {
            hash = (hash ^ c) * 1_099_511_628_211UL;
        }

        return Path.Combine(Directory, hash.ToString("x16", CultureInfo.InvariantCulture) + "-");
    }
}
