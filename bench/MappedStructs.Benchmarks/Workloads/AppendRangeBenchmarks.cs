using System.IO;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Appending a batch of 32-byte <see cref="Trade"/> records: <c>Append</c> in a loop (one count read and one count
/// publication per record) against <c>AppendRange</c> of a span (one growth check, one publication per batch). Each
/// invocation clears the table first, so the file is grown once in setup and neither side pays for growth. Time is per record.
/// </summary>
public class AppendRangeBenchmarks
{
    private const int Records = 65_536;
    private readonly Trade[] _batch = new Trade[Records];
    private MappedTable<Trade> _table = null!;
    private string _path = "";

    /// <summary>Creates the table with room for the batch and the batch itself.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        _path = Path.Combine(BenchSettings.WorkDirectory, "append-range.tbl");
        _table = MappedTable<Trade>.Create(_path, Records);
        for (int i = 0; i < Records; i++)
        {
            _batch[i] = new Trade { Id = i, Timestamp = i * 1000L, Price = 100 + (i % 50), Quantity = i % 7 };
        }
    }

    /// <summary>Deletes the table.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        _table.Dispose();
        File.Delete(_path);
    }

    /// <summary>Empties the table before each invocation (not timed).</summary>
    [IterationSetup]
    public void Empty() => _table.Clear();

    /// <summary>One Append per record.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public long AppendInALoop()
    {
        long last = 0;
        foreach (Trade trade in _batch)
        {
            last = _table.Append(trade);
        }

        return last;
    }

    /// <summary>One AppendRange of the whole batch.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public long AppendRangeOfASpan() => _table.AppendRange(_batch);
}
