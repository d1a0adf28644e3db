using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;
using MappedStructs.Export;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// A whole-table export of the suite's table of 32-byte trades (1 GiB in the measured suite) to an Arrow IPC file and to a
/// Parquet file, through <see cref="TableExport"/> in its default batches of 65,536 records. Throughput is the table's record
/// bytes over the time of one export (targets in docs/tool.md: 500 MB/s to Arrow, 150 MB/s to Parquet). After each iteration
/// the process's peak resident set (VmHWM, which counts the mapped table's pages too) and its anonymous resident memory
/// (RssAnon: what the export itself holds) are printed, so a run shows that the export's own memory does not grow with the table.
/// </summary>
[FewIterations]
public class ExportBenchmarks
{
    private DescribedTable _table = null!;
    private string _output = "";

    /// <summary>Opens the suite's trade table (written once and reused) by its stored layout.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        _table = DescribedTable.Open(TradeTableFile.Ensure(BenchSettings.DataBytes / TradeRaw.Size));
        _output = Path.Combine(BenchSettings.WorkDirectory, "export-" + Environment.ProcessId);
    }

    /// <summary>Closes the table and deletes the exports.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        _table.Dispose();
        File.Delete(_output + ".arrow");
        File.Delete(_output + ".parquet");
    }

    /// <summary>Prints the memory figures of the iteration that just ended.</summary>
    [IterationCleanup]
    public void PrintMemory() => Console.WriteLine($"// export memory: {ProcStatus("VmHWM")} peak resident, {ProcStatus("RssAnon")} anonymous, {_table.Count} records");

    /// <summary>Every record to an Arrow IPC file.</summary>
    [Benchmark(Baseline = true)]
    public long ToArrowIpc() => TableExport.ToArrowFile(_table, _output + ".arrow").RecordCount;

    /// <summary>Every record to a Snappy-compressed Parquet file.</summary>
    [Benchmark]
    public long ToParquet() => TableExport.ToParquet(_table, _output + ".parquet").RecordCount;

    // A line of /proc/self/status ("VmHWM:   123456 kB"), or "n/a" off Linux.
    private static string ProcStatus(string key)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return "n/a";
        }

        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return line[(key.Length + 1)..].Trim();
            }
        }

        return "n/a";
    }
}
