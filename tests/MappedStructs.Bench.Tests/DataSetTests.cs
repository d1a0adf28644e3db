using System;
using System.IO;
using System.Linq;
using CsCheck;
using MappedStructs.Peers;
using MappedStructs.TestSupport;

namespace MappedStructs.Bench.Tests;

public sealed class DataSetTests
{
    [Fact]
    public void Prices_are_sixteenths_below_65536_so_every_sum_is_exact_in_any_order()
    {
        Gen.Select(Gen.Long[0, long.MaxValue / 64], Gen.ULong, Gen.Int[1, 2000]).Sample((first, seed, n) =>
        {
            double[] prices = [.. Enumerable.Range(0, n).Select(i => DataSet.Record(first + i, seed).Price)];
            foreach (double price in prices)
            {
                double sixteenths = price * 16;
                Assert.True(sixteenths == Math.Floor(sixteenths) && sixteenths is >= 0 and < (1 << 20), $"price {price}");
            }

            double forward = prices.Aggregate(0.0, (sum, price) => sum + price);
            double backward = prices.Reverse().Aggregate(0.0, (sum, price) => sum + price);
            double pairwise = Pairwise(prices);
            Assert.Equal(forward, backward);
            Assert.Equal(forward, pairwise);
        });
    }

    [Fact]
    public void Created_table_holds_the_records_of_the_data_set_where_its_header_says()
    {
        using var directory = new TempDirectory();
        var data = BenchData.Create(directory.Path, 70_000, 1_000);
        var file = TableFile.Describe(data.Table);
        Assert.Equal(70_000, file.Count);
        Assert.Equal(0, file.RecordsOffset % 4096);
        using var table = ReadOnlyMappedTable<PeerTrade>.Open(data.Table);
        foreach (long index in new long[] { 0, 1, 65_535, 65_536, 69_999 })
        {
            Assert.Equal(DataSet.Record(index, BenchData.Seed), table[index].Load());
        }

        Assert.Equal(1_000, data.Lookups.Length);
        Assert.All(data.Lookups, index => Assert.InRange(index, 0, 69_999));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void ReadIndices_rejects_a_file_that_is_not_an_array_of_int64_naming_it(int length)
    {
        using var directory = new TempDirectory();
        string path = directory.File("bad.indices");
        File.WriteAllBytes(path, new byte[length]);
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => DataSet.ReadIndices(path, 10));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(-1)]
    public void ReadIndices_rejects_an_index_outside_the_table(long index)
    {
        using var directory = new TempDirectory();
        string path = directory.File("outside.indices");
        File.WriteAllBytes(path, [.. BitConverter.GetBytes(3L), .. BitConverter.GetBytes(index)]);
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => DataSet.ReadIndices(path, 10));
        Assert.Contains("position 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_rejects_an_empty_data_set()
    {
        using var directory = new TempDirectory();
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSet.Create(directory.File("t.tbl"), 0, directory.File("i"), 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSet.Create(directory.File("t.tbl"), 1, directory.File("i"), 0, 1));
    }

    private static double Pairwise(ReadOnlySpan<double> values) =>
        values.Length <= 8 ? Sequential(values) : Pairwise(values[..(values.Length / 2)]) + Pairwise(values[(values.Length / 2)..]);

    private static double Sequential(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        return sum;
    }
}
