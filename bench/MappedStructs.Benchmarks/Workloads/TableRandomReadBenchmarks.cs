using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Random point reads of one double per record through both table indexers and a record span, against a raw pointer
/// over the read-only table's mapping; the same <see cref="BenchSettings.ReadsPerInvocation"/> random indices for all.
/// </summary>
public unsafe class TableRandomReadBenchmarks : SampleTableBenchmark
{
    private int[] _indices = [];

    /// <summary>The baseline: a pointer per index.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BenchSettings.ReadsPerInvocation)]
    public double RawPointerRandomDouble()
    {
        byte* records = Records + Sample.PriceOffset;
        double sum = 0;
        foreach (int i in _indices)
        {
            sum += *(double*)(records + ((long)i * Sample.Size));
        }

        return sum;
    }

    /// <summary><c>sum += table[i].Price</c> through the writable indexer.</summary>
    [Benchmark(OperationsPerInvoke = BenchSettings.ReadsPerInvocation)]
    public double TableIndexerRandomDouble()
    {
        MappedTable<Sample> table = Table;
        double sum = 0;
        foreach (int i in _indices)
        {
            sum += table[i].Price;
        }

        return sum;
    }

    /// <summary>Through the read-only indexer.</summary>
    [Benchmark(OperationsPerInvoke = BenchSettings.ReadsPerInvocation)]
    public double ReadOnlyTableIndexerRandomDouble()
    {
        ReadOnlyMappedTable<Sample> table = ReadOnlyTable;
        double sum = 0;
        foreach (int i in _indices)
        {
            sum += table[i].Price;
        }

        return sum;
    }

    /// <summary>Through the table's record span.</summary>
    [Benchmark(OperationsPerInvoke = BenchSettings.ReadsPerInvocation)]
    public double RecordSpanRandomDouble()
    {
        ReadOnlyRecordSpan<Sample> records = ReadOnlyTable.Records;
        double sum = 0;
        foreach (int i in _indices)
        {
            sum += records[i].Price;
        }

        return sum;
    }

    /// <inheritdoc />
    protected override void SetUpLoops() =>
        _indices = new RandomIndexSequence(RecordCount, BenchSettings.ReadsPerInvocation).Next().ToArray();
}
