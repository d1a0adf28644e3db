using System;
using System.Globalization;
using System.IO;
using OrderIndex;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>The OrderIndex workload's sorted table file, built once per record count with MappedTable and reused.</summary>
internal static class OrderTableFile
{
    private static readonly string[] Symbols = ["AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "BRK.B"];

    /// <summary>The key of record <paramref name="index"/>: strictly increasing, with gaps.</summary>
    public static long KeyAt(long index) => (index * 3) + 1;

    /// <summary>Creates the table of <paramref name="count"/> orders unless a complete one exists; returns its path.</summary>
    public static string Ensure(long count)
    {
        string path = Path.Combine(BenchSettings.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"orders-{count}.tbl"));
        if (File.Exists(path))
        {
            try
            {
                using ReadOnlyMappedTable<Order> existing = ReadOnlyMappedTable<Order>.Open(path);
                if (existing.Count == count && Order.KeyOf(existing[count - 1]) == KeyAt(count - 1))
                {
                    return path;
                }
            }
            catch (IOException)
            {
                // fall through and rebuild (an older or half-written file)
            }
        }

        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        string temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        using (MappedTable<Order> table = MappedTable<Order>.Create(temporary, count))
        {
            for (long i = 0; i < count; i++)
            {
                table.Append(new Order(KeyAt(i), 10 + (i % 100_000 / 100.0), (int)(i % 1000) + 1, Symbols[i % Symbols.Length]));
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
