using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Columns;

/// <summary>
/// "FilePmdMapped" (and Rss): how much of the file the benchmark process had mapped with 2 MiB entries after it ran, from
/// /proc/self/smaps via <see cref="MappingStats"/>. "-" where the method used no mapping of the file (read()/pread()) or
/// no data file at all (the compile-time benchmarks); "?" where a data benchmark recorded nothing (its process failed).
/// </summary>
public sealed class MappingColumn : IColumn
{
    /// <inheritdoc />
    public string Id => "MappedStructs.FilePmdMapped";

    /// <inheritdoc />
    public string ColumnName => "PmdMapped/Rss MiB";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => false;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "From /proc/self/smaps after the run: MiB of the file mapped with 2 MiB pages (range over the processes) / MiB resident in the mapping";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (MappingStats.Read(benchmarkCase) is not { } stats)
        {
            bool usesDataFile = benchmarkCase.Descriptor.Type.Namespace?.EndsWith(".Workloads", System.StringComparison.Ordinal) == true;
            return usesDataFile ? "?" : "-";
        }

        // One process or several agreeing: "PMD/Rss"; otherwise the range over the processes: "min-max/Rss".
        long min = stats.MinFilePmdMappedKiB / 1024, max = stats.MaxFilePmdMappedKiB / 1024;
        if (stats.RssKiB == 0)
        {
            return "-";
        }

        return min == max
            ? string.Create(CultureInfo.InvariantCulture, $"{min}/{stats.RssKiB / 1024}")
            : string.Create(CultureInfo.InvariantCulture, $"{min}-{max}/{stats.RssKiB / 1024}");
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
