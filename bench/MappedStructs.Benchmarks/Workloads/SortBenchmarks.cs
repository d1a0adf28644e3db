using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Sorting a table of 32-byte <see cref="Trade"/> records by <c>Timestamp</c>: the in-place <c>MappedTable.Sort</c> (records
/// move inside the mapping, the key is read through the selector) against copying the records into an array,
/// <c>Array.Sort</c> by the same key and writing them back. Each invocation first restores the same shuffled order
/// (not timed). Time is per sort of the whole table.
/// </summary>
public class SortBenchmarks
{
    private const int Records = 65_536;
    private readonly Trade[] _shuffled = new Trade[Records];
    private readonly Trade[] _copy = new Trade[Records];
    private MappedTable<Trade> _table = null!;
    private string _path = "";

    /// <summary>Creates the table and a fixed shuffled order of timestamps (with repeats).</summary>
    [GlobalSetup]
    public void SetUp()
    {
        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        _path = Path.Combine(BenchSettings.WorkDirectory, "sort.tbl");
        _table = MappedTable<Trade>.Create(_path, Records);
        var random = new Random(20261201);
        for (int i = 0; i < Records; i++)
        {
            _shuffled[i] = new Trade { Id = i, Timestamp = random.Next(Records / 4), Price = i, Quantity = i };
        }
    }

    /// <summary>Deletes the table.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        _table.Dispose();
        File.Delete(_path);
    }

    /// <summary>Writes the shuffled records into the table (not timed).</summary>
    [IterationSetup]
    public void Shuffle()
    {
        _table.Clear();
        _table.AppendRange(_shuffled);
    }

    /// <summary>Copy out, Array.Sort by Timestamp, write back.</summary>
    [Benchmark(Baseline = true)]
    public long CopySortWriteBack()
    {
        for (int i = 0; i < Records; i++)
        {
            _copy[i] = _table.GetReadOnly(i).Load();
        }

        Array.Sort(_copy, static (a, b) => a.Timestamp.CompareTo(b.Timestamp));
        for (int i = 0; i < Records; i++)
        {
            _table[i].Store(_copy[i]);
        }

        return _copy[^1].Timestamp;
    }

    /// <summary>MappedTable.Sort by the Timestamp the generated read-only view reads in place.</summary>
    [Benchmark]
    public long SortInPlace()
    {
        _table.Sort(static r => ((Trade.ReadOnlyRef)r).Timestamp);
        return ((Trade.ReadOnlyRef)_table.GetReadOnly(^1)).Timestamp;
    }
}
