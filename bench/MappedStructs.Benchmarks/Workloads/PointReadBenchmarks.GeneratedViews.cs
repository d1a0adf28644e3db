using System;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>The generated accessors' random point reads.</summary>
public partial class PointReadBenchmarks
{
    /// <summary>Generated ReadOnlyRef through a table: <c>Trade.ReadOnlyRef r = table.GetReadOnly(i); r.Price</c>.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double GeneratedTableReadOnlyRef()
    {
        MappedTable<Trade> table = Table;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            Trade.ReadOnlyRef record = table.GetReadOnly(index);
            sum += record.Price;
        }

        return sum;
    }

    /// <summary>Generated ReadOnlyRef from a view: <c>Trade.ReadOnlyRef.From(view, offset).Price</c> (the view checks the range).</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double GeneratedViewReadOnlyRef()
    {
        MappedView view = View;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += Trade.ReadOnlyRef.From(view, (long)index * TradeRaw.Size).Price;
        }

        return sum;
    }

    /// <summary>Generated ReadOnlyRef over a slice of the view's span: one span bounds check and one length check per read.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double GeneratedSpanReadOnlyRef()
    {
        ReadOnlySpan<byte> bytes = View.ReadOnlySpan;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += Trade.ReadOnlyRef.From(bytes.Slice(index * TradeRaw.Size)).Price;
        }

        return sum;
    }
}
