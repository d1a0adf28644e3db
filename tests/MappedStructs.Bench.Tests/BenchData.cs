using MappedStructs.Peers;

namespace MappedStructs.Bench.Tests;

/// <summary>A small data set of the benchmarks' format, and its sums computed from <see cref="DataSet.Record"/> alone.</summary>
internal sealed class BenchData
{
    public const ulong Seed = 20;

    private BenchData(string table, string indices, long count, long[] lookups)
    {
        Table = table;
        Indices = indices;
        Count = count;
        Lookups = lookups;
    }

    public string Table { get; }

    public string Indices { get; }

    public long Count { get; }

    public long[] Lookups { get; }

    public static BenchData Create(string directory, long count, long lookups)
    {
        string table = System.IO.Path.Combine(directory, "bench.tbl");
        string indices = System.IO.Path.Combine(directory, "bench.indices");
        DataSet.Create(table, count, indices, lookups, Seed);
        return new BenchData(table, indices, count, DataSet.ReadIndices(indices, count));
    }

    public double ExpectedPriceSum()
    {
        double sum = 0;
        for (long i = 0; i < Count; i++)
        {
            sum += DataSet.Record(i, Seed).Price;
        }

        return sum;
    }

    public long ExpectedQuantitySum()
    {
        long sum = 0;
        for (long i = 0; i < Count; i++)
        {
            sum += DataSet.Record(i, Seed).Quantity;
        }

        return sum;
    }

    public double ExpectedRandomPriceSum()
    {
        double sum = 0;
        foreach (long index in Lookups)
        {
            sum += DataSet.Record(index, Seed).Price;
        }

        return sum;
    }
}
