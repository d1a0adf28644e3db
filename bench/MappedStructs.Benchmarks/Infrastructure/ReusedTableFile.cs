using System;
using System.Globalization;
using System.IO;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// A table file in the bench directory, built once and reused by later runs while it is complete (building 1 GiB takes
/// seconds; checking it takes a few reads). Written under a temporary name and moved into place, so a run that stops
/// half-way leaves no table that looks complete.
/// </summary>
internal static class ReusedTableFile
{
    /// <summary>
    /// The path of <paramref name="fileName"/>: the existing table if <paramref name="isComplete"/> accepts it, otherwise a
    /// new one of <paramref name="count"/> records, record i being <paramref name="recordAt"/>(i).
    /// </summary>
    public static string Ensure<T>(string fileName, long count, Func<ReadOnlyMappedTable<T>, bool> isComplete, Func<long, T> recordAt)
        where T : struct, IMappedLayout<T>
    {
        string path = Path.Combine(BenchSettings.WorkDirectory, fileName);
        if (File.Exists(path))
        {
            try
            {
                using var existing = ReadOnlyMappedTable<T>.Open(path);
                if (existing.Count == count && isComplete(existing))
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
        using (var table = MappedTable<T>.Create(temporary, count))
        {
            for (long i = 0; i < count; i++)
            {
                table.Append(recordAt(i));
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
