using System.Globalization;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>The record file's twin as a MappedTable&lt;Trade&gt; (header + the same records), built once per count and reused.</summary>
internal static class TradeTableFile
{
    /// <summary>Creates the table of <paramref name="count"/> trades unless a complete one exists; returns its path.</summary>
    public static string Ensure(long count) => ReusedTableFile.Ensure(
        string.Create(CultureInfo.InvariantCulture, $"trades-{count}.tbl"),
        count,
        existing => ((Trade.ReadOnlyRef)existing[count - 1]).Id == count - 1,
        i =>
        {
            var raw = TradeRaw.ForIndex(i);
            return new Trade { Id = raw.Id, Timestamp = raw.Timestamp, Price = raw.Price, Quantity = raw.Quantity };
        });
}
