using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// The cost of LINQ over a table: <c>AsEnumerable().Sum</c> (each record copied out as a <see cref="Trade"/>, through an
/// enumerator object) against <c>foreach</c> over the table reading the field in place through the generated view. Time is
/// per record.
/// </summary>
public class AsEnumerableBenchmarks
{
    private const int Records = 65_536;
    private ReadOnlyMappedTable<Trade> _table = null!;
    private string _path = "";

    /// <summary>Writes the table once and opens it read-only.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        _path = Path.Combine(BenchSettings.WorkDirectory, "as-enumerable.tbl");
        using (var writer = MappedTable<Trade>.Create(_path, Records))
        {
            writer.AppendRange(Enumerable.Range(0, Records).Select(i => new Trade { Id = i, Quantity = i % 100 }));
        }

        _table = ReadOnlyMappedTable<Trade>.Open(_path);
    }

    /// <summary>Deletes the table.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        _table.Dispose();
        File.Delete(_path);
    }

    /// <summary>foreach over the table, the field read in place.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public long ForeachInPlace()
    {
        long sum = 0;
        foreach (Trade.ReadOnlyRef trade in _table)
        {
            sum += trade.Quantity;
        }

        return sum;
    }

    /// <summary>AsEnumerable().Sum: a copy of every record, through IEnumerable.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public long AsEnumerableSum() => _table.AsEnumerable().Sum(t => t.Quantity);
}
