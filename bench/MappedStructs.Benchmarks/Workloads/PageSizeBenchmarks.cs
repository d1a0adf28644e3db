using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// 4 KiB against 2 MiB page-table entries: the random point read of <see cref="PointReadBenchmarks"/> under each madvise
/// setting. The FilePmdMapped column shows what the kernel actually did.
/// </summary>
public partial class PageSizeBenchmarks : RecordFileBenchmark
{
    private const int Reads = BenchSettings.ReadsPerInvocation;

    /// <summary>The advice given before the first touch.</summary>
    [Params(PageAdvice.Default, PageAdvice.HugePage, PageAdvice.NoHugePage)]
    public PageAdvice Pages { get; set; }

    /// <inheritdoc />
    protected override PageAdvice Advice => Pages;

    /// <summary>Raw pointer random read under the advice.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Reads)]
    public unsafe double RawPointer()
    {
        byte* p = Raw.Start;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += *(double*)(p + ((long)index * TradeRaw.Size) + TradeRaw.PriceOffset);
        }

        return sum;
    }
}
