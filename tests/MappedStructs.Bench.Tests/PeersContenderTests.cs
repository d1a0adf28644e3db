using System;
using System.Globalization;
using System.IO;
using System.Linq;
using MappedStructs.Peers;
using MappedStructs.TestSupport;

namespace MappedStructs.Bench.Tests;

public sealed class PeersContenderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly BenchData _data;

    public PeersContenderTests() => _data = BenchData.Create(_directory.Path, 20_000, 5_000);

    public static TheoryData<string> Contenders => ["mappedstructs", "viewaccessor", "pointer"];

    [Theory]
    [MemberData(nameof(Contenders))]
    public void Every_dotnet_contender_computes_the_sums_of_the_data_set(string name)
    {
        using IContender contender = Open(name);
        Assert.Equal(_data.ExpectedPriceSum(), contender.ScanPrice());
        Assert.Equal(_data.ExpectedQuantitySum(), contender.ScanQuantity());
        Assert.Equal(_data.ExpectedRandomPriceSum(), contender.RandomPrice(_data.Lookups));
        long touched = Enumerable.Range(0, (int)((_data.Count + 127) / 128)).Sum(page => DataSet.Record(page * 128L, BenchData.Seed).Id);
        Assert.Equal(touched, contender.TouchPages());
    }

    [Theory]
    [MemberData(nameof(Contenders))]
    public void A_contender_run_prints_one_line_per_workload_and_pass_with_the_sums_the_script_compares(string name)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        ContenderRun.Run(name, _data.Table, _data.Indices, _data.Table, _data.Indices, reps: 2, output);
        string[] results = [.. output.ToString().Split('\n').Where(line => line.StartsWith("result ", StringComparison.Ordinal))];
        Assert.Equal(6, results.Length);
        string price = _data.ExpectedPriceSum().ToString("F4", CultureInfo.InvariantCulture);
        Assert.All(results.Where(line => line.Contains(" scan_price ", StringComparison.Ordinal)), line => Assert.EndsWith(" " + price, line, StringComparison.Ordinal));
        Assert.Contains(output.ToString().Split('\n'), line => line.StartsWith($"mapping {name} ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_contender_is_refused_by_name()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() =>
            ContenderRun.Run("numpy", _data.Table, _data.Indices, _data.Table, _data.Indices, 1, TextWriter.Null));
        Assert.Contains("'numpy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_refuses_a_file_that_is_not_a_table()
    {
        string path = _directory.File("not-a-table.tbl");
        File.WriteAllBytes(path, new byte[8192]);
        Assert.Throws<InvalidTableFileException>(() => TableFile.Describe(path));
    }

    public void Dispose() => _directory.Dispose();

    private IContender Open(string name) => name switch
    {
        "mappedstructs" => new MappedStructsContender(_data.Table),
        "viewaccessor" => new ViewAccessorContender(_data.Table, TableFile.Describe(_data.Table)),
        _ => new PointerContender(_data.Table, TableFile.Describe(_data.Table)),
    };
}
