namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>Creates every data file of a run up front, in the host, so no benchmark process spends its setup writing gigabytes.</summary>
internal static class DataFiles
{
    /// <summary>The record file, its table twin, the order table and the log, for the run's size.</summary>
    public static void EnsureAll()
    {
        long bytes = BenchSettings.DataBytes;
        DataFile.Ensure(bytes);
        TradeTableFile.Ensure(bytes / TradeRaw.Size);
        OrderTableFile.Ensure(bytes / OrderIndex.Order.Layout.Size);
        LogFile.Ensure(bytes);
    }
}
