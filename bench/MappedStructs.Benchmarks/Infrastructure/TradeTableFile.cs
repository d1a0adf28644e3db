using System;
using System.Globalization;
using System.IO;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>The record file's twin as a MappedTable&lt;Trade&gt; (header + the same records), built once per count and reused.</summary>
internal static class TradeTableFile
{
    /// <summary>Creates the table of <paramref name="count"/> trades unless a complete one exists; returns its path.</summary>
    public static string Ensure(long count)
    {
        string path = Path.Combine(BenchSettings.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"trades-{count}.tbl"));
        if (File.Exists(path))
        {
            try
            {
                using ReadOnlyMappedTable<Trade> existing = ReadOnlyMappedTable<Trade>.Open(path);
                if (existing.Count == count)
                {
                    Trade.ReadOnlyRef last = existing[count - 1];
                    if (last.Id == count - 1)
                    {
                        return path;
                    }
                }
            }
            catch (IOException)
            {
                // fall through and rebuild (an older or half-written file)
            }
        }

        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        string temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        using (MappedTable<Trade> table = MappedTable<Trade>.Create(temporary, count))
        {
            for (long i = 0; i < count; i++)
            {
                TradeRaw raw = TradeRaw.ForIndex(i);
                table.Append(new Trade { Id = raw.Id, Timestamp = raw.Timestamp, Price = raw.Price, Quantity = raw.Quantity });
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
