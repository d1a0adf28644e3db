using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Reading a 16-byte [Text] field as bytes (<c>MessageBytes</c>: one reference load, one compare against the heap's
/// known length, a span of the heap) against the same 16 bytes in a fixed [Utf8(16)] field (issue #15: within 1.5x), by
/// point reads at precomputed random indices and by a whole-table scan, each summing the value's first byte. Two tables
/// of the same records, each as a user would lay it out: <see cref="VarLenMessage"/> (16-byte records and 16 bytes of
/// heap per message) and <see cref="VarLenFixedMessage"/> (24-byte records), 32 Mi records each (<see
/// cref="BenchSettings.DataBytes"/> / 32; 1 GiB of data gives 512 MiB of records and 512 MiB of heap against 768 MiB of
/// records). Point reads: time per read; scans: time per pass.
/// </summary>
[FewIterations]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class VarLenTextReadBenchmarks
{
    private ReadOnlyMappedTable<VarLenMessage> _text = null!;
    private ReadOnlyMappedTable<VarLenFixedMessage> _fixed = null!;
    private RandomIndexSequence _indices = null!;

    /// <summary>Creates both tables (not timed) and the random index sequence.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        string textPath = Path.Combine(BenchSettings.WorkDirectory, "varlen-text.tbl");
        string fixedPath = Path.Combine(BenchSettings.WorkDirectory, "varlen-fixed.tbl");
        long records = BenchSettings.DataBytes / 32;
        using (var text = MappedTable<VarLenMessage>.Create(textPath, records))
        using (var fixedText = MappedTable<VarLenFixedMessage>.Create(fixedPath, records))
        {
            for (long i = 0; i < records; i++)
            {
                string message = VarLenMessage.MessageFor(i);
                text.Append(new VarLenMessage { Id = i, Message = message });
                fixedText.Append(new VarLenFixedMessage { Id = i, Message = message });
            }
        }

        _text = ReadOnlyMappedTable<VarLenMessage>.Open(textPath);
        _fixed = ReadOnlyMappedTable<VarLenFixedMessage>.Open(fixedPath);
        _indices = new RandomIndexSequence(records, BenchSettings.RandomIndexCount);
    }

    /// <summary>Records how much of the tables and the heap was mapped with 2 MiB entries (the column), then closes and deletes them.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        var figures = SmapsFigures.ForFile(Path.Combine(BenchSettings.WorkDirectory, "varlen-fixed.tbl"));
        foreach (string file in Directory.GetFiles(BenchSettings.WorkDirectory, "varlen-text.tbl*"))
        {
            figures += SmapsFigures.ForFile(file);
        }

        MappingStats.Record("the [Text] table, its heap and the [Utf8(16)] table, written in the setup", figures);
        _text.Dispose();
        _fixed.Dispose();
        foreach (string pattern in new[] { "varlen-text.tbl*", "varlen-fixed.tbl*" })
        {
            foreach (string file in Directory.GetFiles(BenchSettings.WorkDirectory, pattern))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Point reads of the fixed field's first byte: the baseline.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BenchSettings.ReadsPerInvocation)]
    [BenchmarkCategory("Point")]
    public long PointFixedUtf8()
    {
        long sum = 0;
        foreach (int index in _indices.Next())
        {
            VarLenFixedMessage.ReadOnlyRef record = _fixed[index];
            sum += record.MessageBytes[0];
        }

        return sum;
    }

    /// <summary>Point reads of the [Text] field's first byte through the heap.</summary>
    [Benchmark(OperationsPerInvoke = BenchSettings.ReadsPerInvocation)]
    [BenchmarkCategory("Point")]
    public long PointTextBytes()
    {
        long sum = 0;
        foreach (int index in _indices.Next())
        {
            VarLenMessage.ReadOnlyRef record = _text[index];
            sum += record.MessageBytes[0];
        }

        return sum;
    }

    /// <summary>A scan of the fixed field's first byte over the table's record span.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Scan")]
    public long ScanFixedUtf8()
    {
        long sum = 0;
        foreach (VarLenFixedMessage.ReadOnlyRef record in _fixed.Records)
        {
            sum += record.MessageBytes[0];
        }

        return sum;
    }

    /// <summary>A scan of the [Text] field's first byte over the table's record span, which carries the heap.</summary>
    [Benchmark]
    [BenchmarkCategory("Scan")]
    public long ScanTextBytes()
    {
        long sum = 0;
        foreach (VarLenMessage.ReadOnlyRef record in _text.Records)
        {
            sum += record.MessageBytes[0];
        }

        return sum;
    }
}
