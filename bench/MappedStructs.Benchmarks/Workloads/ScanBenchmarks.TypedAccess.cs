using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Scans through the record extensions and record spans, with no cast: each should compile to the same loop as
/// <see cref="GeneratedTableReadOnlyRef"/>, which converts every slot to <c>Trade.ReadOnlyRef</c> first.
/// </summary>
public partial class ScanBenchmarks
{
    /// <summary><c>foreach (var r in table) sum += r.Quantity;</c>: the extension property on the table's record slot.</summary>
    [Benchmark]
    public long GeneratedTableExtension()
    {
        long sum = 0;
        foreach (ReadOnlyMappedRecord<Trade> record in Table)
        {
            sum += record.Quantity;
        }

        return sum;
    }

    /// <summary>The table's records as one record span, enumerated: no disposal check per record.</summary>
    [Benchmark]
    public long GeneratedRecordSpanForeach()
    {
        long sum = 0;
        foreach (ReadOnlyMappedRecord<Trade> record in Table.ReadOnlyRecords)
        {
            sum += record.Quantity;
        }

        return sum;
    }

    /// <summary>A record span over the view's records (<c>Trade.ReadOnlyRef.Span(view, 0, count)</c>), indexed.</summary>
    [Benchmark]
    public long GeneratedRecordSpanIndexer()
    {
        ReadOnlyRecordSpan<Trade> records = Trade.ReadOnlyRef.Span(View, 0, View.Length / Trade.Size);
        long sum = 0;
        for (long i = 0; i < records.Length; i++)
        {
            sum += records[i].Quantity;
        }

        return sum;
    }
}
