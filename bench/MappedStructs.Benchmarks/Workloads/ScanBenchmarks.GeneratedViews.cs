using System;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>The generated accessors' scans.</summary>
public partial class ScanBenchmarks
{
    /// <summary>Generated ReadOnlyRef over every record of a table, with the table's enumerator.</summary>
    [Benchmark]
    public long GeneratedTableReadOnlyRef()
    {
        long sum = 0;
        foreach (ReadOnlyMappedRecord<Trade> slot in Table)
        {
            Trade.ReadOnlyRef record = slot;
            sum += record.Quantity;
        }

        return sum;
    }

    /// <summary>Generated ReadOnlyRef over slices of the view's span.</summary>
    [Benchmark]
    public long GeneratedSpanReadOnlyRef()
    {
        ReadOnlySpan<byte> bytes = View.ReadOnlySpan;
        long sum = 0;
        for (int offset = 0; offset < bytes.Length; offset += TradeRaw.Size)
        {
            sum += Trade.ReadOnlyRef.From(bytes.Slice(offset)).Quantity;
        }

        return sum;
    }
}
