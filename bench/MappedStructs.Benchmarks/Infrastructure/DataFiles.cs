using System;
using System.Collections.Generic;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// Creates every data file of a run up front, in the host, so no benchmark process spends its setup writing gigabytes, and
/// fills the page cache with them once (see <see cref="DataFile.FillPageCache"/>).
/// </summary>
internal static class DataFiles
{
    /// <summary>Environment variable: how the host filled the cache (benchmark processes inherit it and log it).</summary>
    public const string CacheFillVariable = "MAPPEDSTRUCTS_BENCH_CACHE_FILL";

    /// <summary>The record file, its table twin, the order table and the log, for the run's size; then the cache fill.</summary>
    public static void EnsureAll()
    {
        long bytes = BenchSettings.DataBytes;
        string[] paths =
        [
            DataFile.Ensure(bytes),
            TradeTableFile.Ensure(bytes / TradeRaw.Size),
            OrderTableFile.Ensure(bytes / OrderIndex.Order.Layout.Size),
            LogFile.Ensure(bytes),
        ];

        List<string> lines = [];
        foreach (string path in paths)
        {
            string line = DataFile.FillPageCache(path);
            Console.WriteLine("// MappedStructs cache fill: " + line);
            lines.Add(line);
        }

        Environment.SetEnvironmentVariable(CacheFillVariable, "host, once per run: " + string.Join("; ", lines));
    }

    /// <summary>What the host did, as a benchmark process inherited it; "not filled by the host" when run another way.</summary>
    public static string HostCacheFill =>
        Environment.GetEnvironmentVariable(CacheFillVariable) is { Length: > 0 } fill ? fill : "not filled by the host";
}
