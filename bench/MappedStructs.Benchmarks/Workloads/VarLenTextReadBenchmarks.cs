using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Reading a 16-byte [Text] field as bytes (<c>MessageBytes</c>: one reference load, one compare against the heap's
/// known length, a span of the heap) against the same 16 bytes in a fixed [Utf8(16)] field (issue #15: within 1.5x), by
/// point reads at precomputed random indices and by a whole-table scan, each summing the value's first byte. The table
/// holds <see cref="BenchSettings.DataBytes"/> of records (1 GiB, 32 Mi records, plus 512 MiB of heap; 1 MiB in the
/// quick mode). Point reads: time per read; scans: time per pass.
/// </summary>
[FewIterations]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class VarLenTextReadBenchmarks
{
    private ReadOnlyMappedTable<VarLenMessage> _table = null!;
    private RandomIndexSequence _indices = null!;
    private string _path = "";

    /// <summary>Creates the table (not timed) and the random index sequence.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        _path = Path.Combine(BenchSettings.WorkDirectory, "varlen-text.tbl");
        long records = BenchSettings.DataBytes / VarLenMessage.Layout.Size;
        using (var writer = MappedTable<VarLenMessage>.Create(_path, records))
        {
            for (long i = 0; i < records; i++)
            {
                string message = VarLenMessage.MessageFor(i);
                writer.Append(new VarLenMessage { Id = i, Message = message, FixedMessage = message });
            }
        }

        _table = ReadOnlyMappedTable<VarLenMessage>.Open(_path);
        _indices = new RandomIndexSequence(records, BenchSettings.RandomIndexCount);
    }

    /// <summary>Closes and deletes the table and its heap.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        _table.Dispose();
        foreach (string file in Directory.GetFiles(BenchSettings.WorkDirectory, "varlen-text.tbl*"))
        {
            File.Delete(file);
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
            VarLenMessage.ReadOnlyRef record = _table[index];
            sum += record.FixedMessageBytes[0];
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
            VarLenMessage.ReadOnlyRef record = _table[index];
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
        foreach (VarLenMessage.ReadOnlyRef record in _table.Records)
        {
            sum += record.FixedMessageBytes[0];
        }

        return sum;
    }

    /// <summary>A scan of the [Text] field's first byte over the table's record span, which carries the heap.</summary>
    [Benchmark]
    [BenchmarkCategory("Scan")]
    public long ScanTextBytes()
    {
        long sum = 0;
        foreach (VarLenMessage.ReadOnlyRef record in _table.Records)
        {
            sum += record.MessageBytes[0];
        }

        return sum;
    }
}
