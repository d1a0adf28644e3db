using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>Random point reads through the record extensions and record spans, with no cast.</summary>
public partial class PointReadBenchmarks
{
    /// <summary><c>table.GetReadOnly(i).Price</c>: the extension property; should match <see cref="GeneratedTableReadOnlyRef"/>.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double GeneratedTableExtension()
    {
        MappedTable<Trade> table = Table;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += table.GetReadOnly(index).Price;
        }

        return sum;
    }

    /// <summary><c>records[i].Price</c> over the table's record span: one index check per read, no count refresh.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double GeneratedRecordSpanIndexer()
    {
        ReadOnlyRecordSpan<Trade> records = Table.ReadOnlyRecords;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += records[index].Price;
        }

        return sum;
    }
}
