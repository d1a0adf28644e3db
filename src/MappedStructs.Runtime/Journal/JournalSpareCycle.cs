using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// A cycle file retention retired, kept to become the next cycle instead of a new file (docs/journal.md, "Recycling").
/// A new cycle's pages are new page-cache memory that the kernel allocates and zeroes on the appender's first store to
/// each; on the 2-vCPU VM that ran at 0.4-0.8 GB/s (where rewriting pages already in the cache ran at 2.9 GB/s), which
/// capped an appender at about 5 million 72-byte frames a second whatever its own code cost. A recycled cycle's pages are
/// already in the cache: the roll's work wipes them on a pool thread and the appender writes over them.
/// <para>
/// Safety comes from one lock byte (<see cref="JournalFormat.CycleInUseLockOffset"/>): every <see cref="CycleFile.Open"/>
/// holds it shared for as long as it maps the file, and recycling takes it exclusively, without waiting, before it renames
/// the file away. A cycle some process still maps (a tailer behind retention) is therefore deleted as before, and keeps
/// its old bytes for that reader; one nobody maps is renamed to a hidden spare name (<see cref="JournalFormat.SparePrefix"/>)
/// and wiped while the lock is held, so no one sees it half wiped. An open that raced the rename finds the lock held, or the file
/// gone from its name, and reports the cycle as deleted. Only Linux: its open-file-description locks exclude other
/// openers in the same process too, where macOS's process-owned locks would not, and Windows cannot rename a mapped file.
/// </para>
/// </summary>
internal sealed class JournalSpareCycle : IDisposable
{
    private readonly MappedFile _file;
    private readonly string _path;
    private IDisposable? _recycling;
    private bool _spent;

    private JournalSpareCycle(MappedFile file, IDisposable recycling, string path)
    {
        _file = file;
        _recycling = recycling;
        _path = path;
    }

    /// <summary>Whether cycles are recycled on this OS (see the class summary).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>
    /// Deletes the spares an appender that died left in <paramref name="directory"/>; called by a new appender before its
    /// first roll (only the appender, one per journal, makes or uses spares).
    /// </summary>
    public static void DeleteLeftovers(string directory)
    {
        if (!IsSupported)
        {
            return;
        }

        foreach (string path in System.IO.Directory.EnumerateFiles(directory))
        {
            string name = Path.GetFileName(path);
            if (name.StartsWith(JournalFormat.SparePrefix, StringComparison.Ordinal) && name.EndsWith(JournalFormat.SpareSuffix, StringComparison.Ordinal))
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Tried again by the next appender.
                }
            }
        }
    }

    /// <summary>
    /// Takes the retired cycle at <paramref name="cyclePath"/> as the spare when no one maps it and it has the journal's
    /// cycle length: renames it, wipes it and syncs the wipe. Null when it cannot be taken (the caller deletes it instead).
    /// </summary>
    public static JournalSpareCycle? TryTake(string cyclePath, long cycleSize)
    {
        MappedFile file;
        try
        {
            file = MappedFile.Open(cyclePath, MapAccess.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        IDisposable? recycling = null;
        try
        {
            if (file.Length != cycleSize || !file.TryLock(JournalFormat.CycleInUseLockOffset, 1, exclusive: true, out recycling))
            {
                file.Dispose();
                return null;
            }

            string sparePath = Path.Combine(Path.GetDirectoryName(cyclePath)!, JournalFormat.SparePrefix + Path.GetFileNameWithoutExtension(cyclePath) + JournalFormat.SpareSuffix);
            File.Move(cyclePath, sparePath, overwrite: false);
            // Wiped through the mapping the next cycle will use: its pages stay present, writable and dirty, so the
            // appender's first store to each takes no fault. Not synced: see CycleFile.FromSpare.
            using (MappedView all = file.CreateView())
            {
                all.Span.Clear();
            }

            return new JournalSpareCycle(file, recycling!, sparePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A rename the file system refuses is no reason to fail the roll: the caller deletes the cycle instead, as
            // retention did before recycling.
            recycling?.Dispose();
            file.Dispose();
            return null;
        }
        catch
        {
            recycling?.Dispose();
            file.Dispose();
            throw;
        }
    }

    /// <summary>Becomes cycle <paramref name="number"/> at <paramref name="path"/>; this object is spent afterwards (its file belongs to the cycle).</summary>
    public CycleFile Become(string path, Guid journalId, long number, long firstSequence, long periodStart)
    {
        // Let go before the rename: tailers lock the new cycle shared as soon as they find it.
        _recycling?.Dispose();
        _recycling = null;
        _spent = true;
        try
        {
            return CycleFile.FromSpare(_file, _path, path, journalId, number, firstSequence, periodStart);
        }
        catch
        {
            DeleteSpareFile();
            throw;
        }
    }

    /// <summary>Deletes an unused spare (the appender is leaving).</summary>
    public void Dispose()
    {
        if (_spent)
        {
            return;
        }

        _spent = true;
        _recycling?.Dispose();
        _recycling = null;
        _file.Dispose();
        DeleteSpareFile();
    }

    private void DeleteSpareFile()
    {
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover spare is deleted by the next recycling.
        }
    }
}
