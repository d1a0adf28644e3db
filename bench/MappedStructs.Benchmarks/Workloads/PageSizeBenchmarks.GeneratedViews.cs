using System;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>The generated accessor under each page-size advice, given through <c>MappedFile.Advise</c>.</summary>
public partial class PageSizeBenchmarks
{
    /// <summary>Generated ReadOnlyRef over slices of the view's span, the mapping advised with MapAdvice.HugePage/NoHugePage.</summary>
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
