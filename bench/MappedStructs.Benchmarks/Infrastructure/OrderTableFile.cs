using System.Globalization;
using OrderIndex;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>The OrderIndex workload's sorted table file, built once per record count with MappedTable and reused.</summary>
internal static class OrderTableFile
{
    private static readonly string[] s_symbols = ["AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "BRK.B"];

    /// <summary>The key of record <paramref name="index"/>: strictly increasing, with gaps.</summary>
    public static long KeyAt(long index) => (index * 3) + 1;

    /// <summary>Creates the table of <paramref name="count"/> orders unless a complete one exists; returns its path.</summary>
    public static string Ensure(long count) => ReusedTableFile.Ensure(
        string.Create(CultureInfo.InvariantCulture, $"orders-{count}.tbl"),
        count,
        existing => Order.KeyOf(existing[count - 1]) == KeyAt(count - 1),
        i => new Order(KeyAt(i), 10 + (i % 100_000 / 100.0), (int)(i % 1000) + 1, s_symbols[i % s_symbols.Length]));
}
