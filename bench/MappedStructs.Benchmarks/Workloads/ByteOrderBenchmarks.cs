using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// What a byte order chosen when the view is made (<see cref="Endianness.PerView"/>) costs against a fixed one, over the
/// same bytes: random point reads of one long and one double field (Quantity and Price; time is per record read) and a scan
/// of the same two fields over every record (time per whole-file pass). The fixed little-endian layout is each group's
/// baseline; the per-view layout is read through views made little-endian and big-endian, and the fixed big-endian layout
/// is the reference for the latter (the file is little-endian, so big-endian reads see other values, in the same amount).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ByteOrderBenchmarks : RecordFileBenchmark
{
    private const int Reads = BenchSettings.ReadsPerInvocation;
    private const string PointReads = "PointRead";
    private const string Scans = "Scan";

    /// <summary>Point reads through the fixed little-endian layout (<see cref="Trade"/>).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Reads)]
    [BenchmarkCategory(PointReads)]
    public double GeneratedPointFixedLittle()
    {
        ReadOnlySpan<byte> bytes = View.ReadOnlySpan;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            var record = Trade.ReadOnlyRef.From(bytes.Slice(index * TradeRaw.Size));
            sum += record.Price + record.Quantity;
        }

        return sum;
    }

    /// <summary>Point reads through the per-view layout, each view made little-endian.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    [BenchmarkCategory(PointReads)]
    public double GeneratedPointPerViewLittle() => PerViewPointReads(Endianness.Little);

    /// <summary>Point reads through the per-view layout, each view made big-endian.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    [BenchmarkCategory(PointReads)]
    public double GeneratedPointPerViewBig() => PerViewPointReads(Endianness.Big);

    /// <summary>Point reads through the fixed big-endian layout (<see cref="TradeBig"/>).</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    [BenchmarkCategory(PointReads)]
    public double GeneratedPointFixedBig()
    {
        ReadOnlySpan<byte> bytes = View.ReadOnlySpan;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            var record = TradeBig.ReadOnlyRef.From(bytes.Slice(index * TradeRaw.Size));
            sum += record.Price + record.Quantity;
        }

        return sum;
    }

    /// <summary>A scan through the fixed little-endian layout.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Scans)]
    public double GeneratedScanFixedLittle()
    {
        ReadOnlySpan<byte> bytes = View.ReadOnlySpan;
        double sum = 0;
        for (int offset = 0; offset < bytes.Length; offset += TradeRaw.Size)
        {
            var record = Trade.ReadOnlyRef.From(bytes.Slice(offset));
            sum += record.Price + record.Quantity;
        }

        return sum;
    }

    /// <summary>A scan through the per-view layout, each view made little-endian.</summary>
    [Benchmark]
    [BenchmarkCategory(Scans)]
    public double GeneratedScanPerViewLittle() => PerViewScan(Endianness.Little);

    /// <summary>A scan through the per-view layout, each view made big-endian.</summary>
    [Benchmark]
    [BenchmarkCategory(Scans)]
    public double GeneratedScanPerViewBig() => PerViewScan(Endianness.Big);

    /// <summary>A scan through the fixed big-endian layout.</summary>
    [Benchmark]
    [BenchmarkCategory(Scans)]
    public double GeneratedScanFixedBig()
    {
        ReadOnlySpan<byte> bytes = View.ReadOnlySpan;
        double sum = 0;
        for (int offset = 0; offset < bytes.Length; offset += TradeRaw.Size)
        {
            var record = TradeBig.ReadOnlyRef.From(bytes.Slice(offset));
            sum += record.Price + record.Quantity;
        }

        return sum;
    }

    // The order is a parameter, as a reader of a format learns it from the data: the JIT cannot fold it into a constant.
    private double PerViewPointReads(Endianness order)
    {
        ReadOnlySpan<byte> bytes = View.ReadOnlySpan;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            var record = TradePerView.ReadOnlyRef.From(bytes.Slice(index * TradeRaw.Size), order);
            sum += record.Price + record.Quantity;
        }

        return sum;
    }

    private double PerViewScan(Endianness order)
    {
        ReadOnlySpan<byte> bytes = View.ReadOnlySpan;
        double sum = 0;
        for (int offset = 0; offset < bytes.Length; offset += TradeRaw.Size)
        {
            var record = TradePerView.ReadOnlyRef.From(bytes.Slice(offset), order);
            sum += record.Price + record.Quantity;
        }

        return sum;
    }
}
