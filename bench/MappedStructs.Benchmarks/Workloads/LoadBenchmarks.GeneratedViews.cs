using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>The generated accessors' full-record loads.</summary>
public partial class LoadBenchmarks
{
    /// <summary>Generated ReadOnlyRef through a table, then <c>Load()</c> into the record struct.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public long GeneratedTableLoad()
    {
        MappedTable<Trade> table = Table;
        long sum = 0;
        foreach (int index in Indices.Next())
        {
            Trade.ReadOnlyRef record = table.GetReadOnly(index);
            sum += Consume(record.Load());
        }

        return sum;
    }

    /// <summary>Generated ReadOnlyRef from a view, then <c>Load()</c>.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public long GeneratedViewLoad()
    {
        MappedView view = View;
        long sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += Consume(Trade.ReadOnlyRef.From(view, (long)index * TradeRaw.Size).Load());
        }

        return sum;
    }

    private static long Consume(in Trade record) =>
        record.Id + record.Timestamp + record.Quantity + System.BitConverter.DoubleToInt64Bits(record.Price);
}
