using System;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// Creates every data file of a run up front, in the host, so no benchmark process spends its setup writing gigabytes, and
/// fills the page cache with them once (see <see cref="DataFile.FillPageCache"/>). The lines it prints go into the run's
/// machine notes (bench/run-all.sh). One run at a time: a second run's eviction would move the first run's pages.
/// </summary>
internal static class DataFiles
{
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

        foreach (string path in paths)
        {
            Console.WriteLine("// MappedStructs cache fill: " + DataFile.FillPageCache(path));
        }
    }
}
