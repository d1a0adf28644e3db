using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;
using MappedStructs.Export;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// A whole-table export of the suite's table of 32-byte trades (1 GiB in the measured suite) to an Arrow IPC file and to a
/// Parquet file, through <see cref="TableExport"/> in its default batches of 65,536 records. Throughput is the table's record
/// bytes over the time of one export (targets in docs/tool.md: 500 MB/s to Arrow, 150 MB/s to Parquet). Each export goes to
/// three destinations, so a run tells the export's own cost from the disk's: a stream that discards (Arrow only: ParquetSharp
/// writes to a path), a file in /dev/shm (memory, no writeback; the work directory where /dev/shm is missing), and a file in the
/// work directory (the disk). Parquet.Net writes the same table to the same two files with the same settings: the comparison
/// behind the choice of ParquetSharp (docs/tool.md, "Why ParquetSharp"). After each iteration
/// the process's peak resident set (VmHWM, which counts the mapped table's pages too) and its anonymous resident memory
/// (RssAnon: what the export itself holds) are printed, so a run shows that the export's own memory does not grow with the table.
/// </summary>
[FewIterations]
public class ExportBenchmarks
{
    private DescribedTable _table = null!;
    private string _disk = "";
    private string _memory = "";

    /// <summary>Opens the suite's trade table (written once and reused) by its stored layout.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        _table = DescribedTable.Open(TradeTableFile.Ensure(BenchSettings.DataBytes / TradeRaw.Size));
        string name = "export-" + Environment.ProcessId;
        _disk = Path.Combine(BenchSettings.WorkDirectory, name);
        _memory = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : BenchSettings.WorkDirectory, name + "-shm");
    }

    /// <summary>Closes the table and deletes the exports.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        _table.Dispose();
        foreach (string output in new[] { _disk, _memory })
        {
            File.Delete(output + ".arrow");
            File.Delete(output + ".parquet");
            File.Delete(output + ".net.parquet");
        }
    }

    /// <summary>Prints the memory figures of the iteration that just ended.</summary>
    [IterationCleanup]
    public void PrintMemory() => Console.WriteLine($"// export memory: {ProcStatus("VmHWM")} peak resident, {ProcStatus("RssAnon")} anonymous, {_table.Count} records");

    /// <summary>Every record to an Arrow IPC file on the disk.</summary>
    [Benchmark(Baseline = true)]
    public long ToArrowIpc() => TableExport.ToArrowFile(_table, _disk + ".arrow").RecordCount;

    /// <summary>Every record to an Arrow IPC file in memory (/dev/shm): the export and the kernel's copy, without writeback.</summary>
    [Benchmark]
    public long ToArrowIpc_Shm() => TableExport.ToArrowFile(_table, _memory + ".arrow").RecordCount;

    /// <summary>Every record in the Arrow IPC file format to a stream that discards it: the export alone.</summary>
    [Benchmark]
    public long ToArrowIpc_Discard() => TableExport.ToArrowFile(_table, Stream.Null).RecordCount;

    /// <summary>Every record to a Snappy-compressed Parquet file on the disk (ParquetSharp).</summary>
    [Benchmark]
    public long ToParquet() => TableExport.ToParquet(_table, _disk + ".parquet").RecordCount;

    /// <summary>Every record to a Snappy-compressed Parquet file in memory (ParquetSharp).</summary>
    [Benchmark]
    public long ToParquet_Shm() => TableExport.ToParquet(_table, _memory + ".parquet").RecordCount;

    /// <summary>The same Parquet file on the disk through Parquet.Net.</summary>
    [Benchmark]
    public long ToParquetNet() => ParquetNetExport.WriteAsync(_table, _disk + ".net.parquet").GetAwaiter().GetResult();

    /// <summary>The same Parquet file in memory through Parquet.Net.</summary>
    [Benchmark]
    public long ToParquetNet_Shm() => ParquetNetExport.WriteAsync(_table, _memory + ".net.parquet").GetAwaiter().GetResult();

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
