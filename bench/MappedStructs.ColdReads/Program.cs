using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MappedStructs.Peers;
using MappedStructs.Samples;

namespace MappedStructs.ColdReads;

/// <summary>
/// The cold-read suite: <c>--dir D</c> (data, default /tmp/mappedstructs-cold; must be a disk, not tmpfs), <c>--bytes N</c>
/// (1G), <c>--random N</c> reads per pass (100,000), <c>--trials N</c> (5), <c>--delay S</c> seconds after each eviction
/// (10), <c>--window N</c> (64M), <c>--only a,b</c> (method names), <c>--out FILE</c> (the markdown report).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            var options = new Options(args);
            string dir = options.Text("--dir", "/tmp/mappedstructs-cold");
            long bytes = options.Long("--bytes", 1L << 30);
            long reads = options.Long("--random", 100_000);
            int trials = (int)options.Long("--trials", 5);
            var delay = TimeSpan.FromSeconds(options.Long("--delay", 10));
            long window = options.Long("--window", 64L << 20);
            string only = options.Text("--only", string.Empty);
            string output = options.Text("--out", string.Empty);
            options.ThrowOnUnknown();
            if (bytes < PeerTrade.Size || bytes % PeerTrade.Size != 0 || reads < 1 || trials < 1 || window < PeerTrade.Size || output.Length == 0)
            {
                throw new ArgumentException("--bytes must be a positive multiple of 32, --random, --trials positive, --window at least 32, --out given");
            }

            ColdFile file = Prepare(dir, bytes / PeerTrade.Size, reads, window);
            List<ColdMethod> methods = Select(only);
            Console.WriteLine($"cold reads: {file.Path}, {methods.Count} methods x {trials} trials, {delay.TotalSeconds:F0} s after each eviction");
            List<Measurement> measurements = new TrialRunner(file, delay, Console.Out).Run(methods, trials);
            string command = "MappedStructs.ColdReads " + string.Join(' ', args);
            File.WriteAllText(output, ColdReport.Render(file, measurements, delay, trials, command));
            Console.WriteLine($"every method of each workload agrees on its sum; report in {output}");
            return 0;
        }
        catch (Exception error) when (error is ArgumentException or IOException or InvalidDataException or PlatformNotSupportedException or InvalidTableFileException)
        {
            Console.Error.WriteLine($"MappedStructs.ColdReads: {error.Message}");
            return 1;
        }
    }

    private static ColdFile Prepare(string dir, long records, long reads, long window)
    {
        Directory.CreateDirectory(dir);
        if (new DriveInfo(Path.GetFullPath(dir)).DriveFormat is "tmpfs" or "ramfs")
        {
            throw new IOException($"'{dir}' is in memory ({new DriveInfo(Path.GetFullPath(dir)).DriveFormat}): cold reads need a file on a disk");
        }

        string table = Path.Combine(dir, $"cold-{records}.tbl");
        string indices = Path.Combine(dir, $"cold-{records}-{reads}.indices");
        if (!File.Exists(table) || !File.Exists(indices) || TableFile.Describe(table).Count != records || new FileInfo(indices).Length != reads * sizeof(long))
        {
            Console.WriteLine($"writing {records:N0} records and {reads:N0} random indices to {dir}");
            DataSet.Create(table, records, indices, reads, seed: 18);
        }

        return new ColdFile(table, TableFile.Describe(table), DataSet.ReadIndices(indices, records), window);
    }

    private static List<ColdMethod> Select(string only)
    {
        if (only.Length == 0)
        {
            return [.. ColdMethods.All];
        }

        string[] names = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] unknown = [.. names.Where(name => ColdMethods.All.All(method => method.Name != name))];
        return unknown.Length == 0
            ? [.. ColdMethods.All.Where(method => names.Contains(method.Name))]
            : throw new ArgumentException($"unknown method(s) {string.Join(", ", unknown)}; known: {string.Join(", ", ColdMethods.All.Select(method => method.Name))}");
    }
}
