using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>The generated accessors' field writes.</summary>
public partial class WriteBenchmarks
{
    /// <summary>Generated Ref through a table: <c>Trade.Ref r = table[i]; r.Quantity = v</c>.</summary>
    [Benchmark(OperationsPerInvoke = Writes_)]
    public int GeneratedTableRef()
    {
        MappedTable<Trade> table = Table;
        int value = 0;
        foreach (int index in Indices.Next())
        {
            Trade.Ref record = table[index];
            record.Quantity = ++value;
        }

        return value;
    }

    /// <summary>Generated Ref from a writable view: <c>Trade.Ref.From(view, offset).Quantity = v</c>.</summary>
    [Benchmark(OperationsPerInvoke = Writes_)]
    public int GeneratedViewRef()
    {
        MappedView view = View;
        int value = 0;
        foreach (int index in Indices.Next())
        {
            var record = Trade.Ref.From(view, (long)index * TradeRaw.Size);
            record.Quantity = ++value;
        }

        return value;
    }
}
