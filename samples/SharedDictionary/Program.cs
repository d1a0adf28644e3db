using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using MappedStructs.Samples;

namespace SharedDictionary;

/// <summary>
/// The shared dictionary scenario: one process creates a hash table in a mapped file; several child processes (this
/// program started again with <c>--child</c>) look keys up, increment values and insert keys at the same time, through
/// the same pages. Each process reports how much of the file it has resident (Rss) and its proportional share (Pss).
/// </summary>
public static class Program
{
    private const string ChildFlag = "--child";

    /// <summary>Entry point: see <see cref="Run"/>.</summary>
    public static int Main(string[] args) => Run(args, Console.Out);

    /// <summary>
    /// Options: <c>--keys N</c> inserted by the parent (100,000), <c>--children N</c> (3), <c>--ops N</c> increments per
    /// child (500,000), <c>--capacity N</c> slots (a power of two; default the next power of two above 2 x keys),
    /// <c>--file PATH</c>, <c>--keep</c>. With <c>--child</c> it runs as one of the children.
    /// </summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = new Options(args);
        if (options.Flag(ChildFlag))
        {
            return RunChild(options, Console.In, output);
        }

        long keys = options.Long("--keys", 100_000);
        int children = (int)options.Long("--children", 3);
        long ops = options.Long("--ops", 500_000);
        long capacity = options.Long("--capacity", (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)Math.Max(2 * (keys + ((children + 1) * (ops / 100))), 2)));
        string path = options.Text("--file", Path.Combine(Path.GetTempPath(), $"shareddictionary-{Environment.ProcessId}.tbl"));
        bool keep = options.Flag("--keep");
        options.ThrowOnUnknown();
        try
        {
            return RunParent(path, keys, children, ops, capacity, output);
        }
        finally
        {
            if (!keep)
            {
                File.Delete(path);
            }
        }
    }

    private static int RunParent(string path, long keys, int children, long ops, long capacity, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        using var table = SharedHashTable.Create(path, capacity);
        for (long i = 0; i < keys; i++)
        {
            table.TryAdd(WordKey(i), 0);
        }

        long fileKiB = new FileInfo(path).Length / 1024;
        output.WriteLine($"SharedDictionary: parent {Environment.ProcessId} inserted {keys:N0} keys into {capacity:N0} slots of {Slot.Layout.Size} bytes ({fileKiB:N0} KiB file {path}) in {clock.Elapsed.TotalMilliseconds:N0} ms");

        var processes = new List<Process>();
        try
        {
            clock.Restart();
            for (int id = 0; id < children; id++)
            {
                processes.Add(StartChild(path, id, keys, ops));
            }

            output.WriteLine($"started {children} child processes, each doing {ops:N0} increments, inserting {ops / 100:N0} keys of its own and racing the others to insert {ops / 100:N0} shared keys, all at once");
            foreach (Process child in processes)
            {
                ExpectLine(child, "ready");
            }

            output.WriteLine($"children finished their updates in {clock.Elapsed.TotalMilliseconds:N0} ms; measuring memory while all {children + 1} processes map the file");

            // Measure while every process still maps the file, so Pss shows the sharing.
            (long RssKiB, long PssKiB)? mine = MappedMemory.Measure(path);
            var reports = new List<string>();
            foreach (Process child in processes)
            {
                child.StandardInput.WriteLine("measure");
            }

            foreach (Process child in processes)
            {
                reports.Add(ExpectLine(child, "child"));
            }

            foreach (Process child in processes)
            {
                child.StandardInput.WriteLine("exit");
                child.WaitForExit();
                if (child.ExitCode != 0)
                {
                    output.WriteLine($"a child exited with {child.ExitCode}: {child.StandardError.ReadToEnd()}");
                    return 1;
                }
            }

            long totalRss = mine?.RssKiB ?? 0;
            long totalPss = mine?.PssKiB ?? 0;
            output.WriteLine($"  parent  {Environment.ProcessId,7}: {Memory(mine)}");
            foreach (string report in reports)
            {
                output.WriteLine($"  {report}");
                totalRss += Field(report, "rss_kib=");
                totalPss += Field(report, "pss_kib=");
            }

            if (mine is not null)
            {
                output.WriteLine($"  all {children + 1} processes: Rss {totalRss:N0} KiB (what separate copies would cost), Pss {totalPss:N0} KiB (what the shared pages cost), file {fileKiB:N0} KiB");
            }
            else
            {
                output.WriteLine("  (memory figures need /proc/self/smaps, which this OS does not have)");
            }

            (long finalKeys, long sum) = table.Totals();
            long races = 0;
            foreach (string report in reports)
            {
                races += Field(report, "won=");
            }

            long expectedKeys = keys + (children * (ops / 100)) + (children > 0 ? ops / 100 : 0);
            long expectedSum = children * ops;
            output.WriteLine($"verified: {finalKeys:N0} keys (expected {expectedKeys:N0}), values sum to {sum:N0} (expected {expectedSum:N0}: no increment was lost), " +
                $"{races:N0} contested keys won (expected {(children > 0 ? ops / 100 : 0):N0}: each won by exactly one child)");
            return finalKeys == expectedKeys && sum == expectedSum && races == (children > 0 ? ops / 100 : 0) ? 0 : 1;
        }
        finally
        {
            foreach (Process child in processes)
            {
                if (!child.HasExited)
                {
                    child.Kill();
                }

                child.Dispose();
            }
        }
    }

    private static int RunChild(Options options, TextReader input, TextWriter output)
    {
        string path = options.Text("--file", string.Empty);
        int id = (int)options.Long("--id", 0);
        long keys = options.Long("--keys", 0);
        long ops = options.Long("--ops", 0);
        options.ThrowOnUnknown();
        using var table = SharedHashTable.Open(path);
        var random = new Random(id);
        long inserted = 0;
        long won = 0;
        for (long n = 0; n < ops; n++)
        {
            if (!table.TryIncrement(WordKey(random.NextInt64(keys)), 1))
            {
                output.WriteLine($"error: child {id} did not find a key the parent inserted");
                return 2;
            }

            if (n % 100 == 99)
            {
                // One key of its own, and one key every child races to insert: exactly one compare-exchange wins it.
                inserted += table.TryAdd($"child-{id}-{n / 100}", 0) ? 1 : 0;
                won += table.TryAdd($"shared-{n / 100}", 0) ? 1 : 0;
            }
        }

        // Touch every slot, so this process maps (and shares) the whole file.
        table.Totals();
        output.WriteLine("ready");
        output.Flush();
        if (input.ReadLine() != "measure")
        {
            return 3;
        }

        output.WriteLine($"child   {Environment.ProcessId,7}: {Memory(MappedMemory.Measure(path))}, increments={ops:N0} inserted={inserted:N0} won={won}");
        output.Flush();
        _ = input.ReadLine(); // "exit": keep the mapping until every process has measured
        return 0;
    }

    private static Process StartChild(string path, int id, long keys, long ops) =>
        SelfProcess.Start(
            typeof(Program).Assembly,
            [ChildFlag, "--file", path, "--id", Text(id), "--keys", Text(keys), "--ops", Text(ops)],
            redirectInputAndErrors: true);

    private static string ExpectLine(Process child, string prefix)
    {
        string? line = child.StandardOutput.ReadLine();
        if (line is null || !line.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Child {child.Id} said '{line}' instead of '{prefix}...': {child.StandardError.ReadToEnd()}");
        }

        return line;
    }

    private static string WordKey(long i) => string.Create(CultureInfo.InvariantCulture, $"word-{i:D7}");

    private static string Memory((long RssKiB, long PssKiB)? memory) =>
        memory is { } m ? string.Create(CultureInfo.InvariantCulture, $"rss_kib={m.RssKiB} pss_kib={m.PssKiB}") : "rss_kib=0 pss_kib=0 (no /proc/self/smaps)";

    private static long Field(string report, string name)
    {
        int at = report.IndexOf(name, StringComparison.Ordinal) + name.Length;
        int end = report.IndexOfAny([' ', ','], at);
        return long.Parse(report.AsSpan(at, (end < 0 ? report.Length : end) - at), CultureInfo.InvariantCulture);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
