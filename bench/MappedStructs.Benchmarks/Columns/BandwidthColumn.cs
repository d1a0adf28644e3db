using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MappedStructs.Benchmarks.Infrastructure;
using MappedStructs.Benchmarks.Workloads;

namespace MappedStructs.Benchmarks.Columns;

/// <summary>GB/s of a whole-file pass: the record file's size over the median time. Shown for the scan workloads only.</summary>
public sealed class BandwidthColumn : IColumn
{
    /// <inheritdoc />
    public string Id => "MappedStructs.Bandwidth";

    /// <inheritdoc />
    public string ColumnName => "GB/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 1;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Record file bytes / median time of one pass (scans only)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (!IsScan(benchmarkCase) || summary[benchmarkCase]?.ResultStatistics is not { } statistics || statistics.Median <= 0)
        {
            return "-";
        }

        return (BenchSettings.DataBytes / statistics.Median).ToString("F2", CultureInfo.InvariantCulture); // bytes per ns = GB/s
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static bool IsScan(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type == typeof(ScanBenchmarks);
}
