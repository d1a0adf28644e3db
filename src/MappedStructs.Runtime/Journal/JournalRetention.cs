using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Deletes old cycle files at a roll (docs/journal.md, "Rolling and retention"): beyond the newest
/// <see cref="JournalOptions.KeepFiles"/>, and those last written longer ago than <see cref="JournalOptions.KeepFor"/>.
/// The current cycle is never deleted. A file the system will not delete yet (Windows, while another process maps it)
/// is left for the next roll.
/// </summary>
internal static class JournalRetention
{
    /// <summary>
    /// Applies retention below cycle <paramref name="current"/>; with <paramref name="takeSpare"/>, the oldest cycle it
    /// retires becomes the returned spare when it can (<see cref="JournalSpareCycle.TryTake"/>), the others are deleted.
    /// </summary>
    public static JournalSpareCycle? Apply(MappedJournal journal, long current, bool takeSpare)
    {
        JournalOptions options = journal.Options;
        if (options.KeepFiles == 0 && options.KeepFor == TimeSpan.Zero)
        {
            return null;
        }

        JournalSpareCycle? spare = null;
        long[] cycles = CycleFile.List(journal.Directory);
        DateTime oldestKept = DateTime.UtcNow - options.KeepFor;
        for (int index = 0; index < cycles.Length && cycles[index] < current; index++)
        {
            string path = journal.CyclePath(cycles[index]);
            bool tooMany = options.KeepFiles > 0 && cycles.Length - index > options.KeepFiles;
            bool tooOld = options.KeepFor > TimeSpan.Zero && File.GetLastWriteTimeUtc(path) < oldestKept;
            if (tooMany || tooOld)
            {
                if (takeSpare && spare is null && (spare = JournalSpareCycle.TryTake(path, journal.CycleSize)) is not null)
                {
                    continue;
                }

                DeleteIfAllowed(path);
            }
        }

        return spare;
    }

    private static void DeleteIfAllowed(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next roll's retention.
        }
    }
}
