using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// A scan summing <c>Payload.Length</c> over 10 Mi records (64 Ki in the quick mode) against the same scan over a fixed
/// int field holding the same lengths (issue #15: within 1.3x). The length is the low bits of the record's reference word,
/// so the scan reads <c>PayloadReference.Length</c>: one load and a mask, no heap lookup and no bounds check against the
/// heap (a length the heap does not hold is only seen when the value is read). Time is per whole pass.
/// </summary>
[FewIterations]
public class VarLenLengthScanBenchmarks
{
    private const int FullRecords = 10 * 1024 * 1024;
    private const int QuickRecords = 64 * 1024;
    private ReadOnlyMappedTable<VarLenPayload> _table = null!;
    private string _path = "";

    /// <summary>Creates the table (not timed): payloads of 0 to 15 bytes.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        _path = Path.Combine(BenchSettings.WorkDirectory, "varlen-lengths.tbl");
        int records = BenchSettings.IsQuick ? QuickRecords : FullRecords;
        byte[] bytes = new byte[16];
        using (var writer = MappedTable<VarLenPayload>.Create(_path, records))
        {
            for (int i = 0; i < records; i++)
            {
                int length = i % bytes.Length;
                writer.Append(new VarLenPayload { Id = i, FixedLength = length, Payload = bytes.AsMemory(0, length) });
            }
        }

        _table = ReadOnlyMappedTable<VarLenPayload>.Open(_path);
    }

    /// <summary>Records how much of the table was mapped with 2 MiB entries (the column), then closes and deletes it and its heap.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        MappingStats.Record("the table, written in the setup", SmapsFigures.ForFile(_path));
        _table.Dispose();
        foreach (string file in Directory.GetFiles(BenchSettings.WorkDirectory, "varlen-lengths.tbl*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>The fixed int field's sum: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public long SumFixedLength()
    {
        long sum = 0;
        foreach (VarLenPayload.ReadOnlyRef record in _table.Records)
        {
            sum += record.FixedLength;
        }

        return sum;
    }

    /// <summary>The blob lengths' sum, from the reference words alone.</summary>
    [Benchmark]
    public long SumPayloadLength()
    {
        long sum = 0;
        foreach (VarLenPayload.ReadOnlyRef record in _table.Records)
        {
            sum += record.PayloadReference.Length;
        }

        return sum;
    }

    /// <summary>
    /// The same sum through <c>Payload.Length</c>, the form the issue names: each value is resolved (one compare of its
    /// end against the heap's known length, and the span made), so this is the cost of a checked value per record.
    /// </summary>
    [Benchmark]
    public long SumResolvedPayloadLength()
    {
        long sum = 0;
        foreach (VarLenPayload.ReadOnlyRef record in _table.Records)
        {
            sum += record.Payload.Length;
        }

        return sum;
    }
}
