using System;
using System.Collections.Generic;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Heap files beside a table that its header does not name (docs/tables.md, "Compaction"): the new heap of a rewrite that
/// crashed before its rename, the old heap of one that crashed after it, or the heap of a table that <c>Create</c> replaced.
/// Only a compaction removes them, while it holds the table's writer lock: no other rewrite of the table (all take that
/// lock) is then between making its new heap and renaming its table over the path. A plain open never removes them,
/// because it cannot tell an orphan from the new heap of a rewrite in progress in another process, whose table is about
/// to be renamed over the path and would then name a heap that is gone.
/// </summary>
internal static class OrphanHeaps
{
    /// <summary>Deletes every <c>&lt;table&gt;.&lt;id&gt;.heap</c> beside <paramref name="tablePath"/> whose id is not <paramref name="keep"/>; returns how many.</summary>
    public static int RemoveBeside(string tablePath, TableId keep)
    {
        int removed = 0;
        foreach ((string candidate, string middle) in NamesBeside(tablePath, Path.GetFileName(tablePath) + ".", HeapFormat.Extension))
        {
            if (TableId.TryParse(middle) is { } id && id != keep && DeleteQuietly(candidate))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>
    /// Deletes the hidden temporary files a killed rewrite of <paramref name="tablePath"/> left beside it: the table copy
    /// <c>.&lt;table&gt;.&lt;16 hex&gt;.tmp</c> and the new heap's <c>.&lt;table&gt;.&lt;id&gt;.heap.&lt;16 hex&gt;.tmp</c>
    /// (<see cref="AtomicFileReplacement"/> names them so). Called, like <see cref="RemoveBeside"/>, only under the table's
    /// writer lock, which every rewrite holds while its temporary files exist; returns how many it deleted.
    /// </summary>
    public static int RemoveTemporaryFilesBeside(string tablePath)
    {
        int removed = 0;
        foreach ((string candidate, string middle) in NamesBeside(tablePath, "." + Path.GetFileName(tablePath) + ".", ".tmp"))
        {
            if (IsTemporaryTableName(middle) && DeleteQuietly(candidate))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>
    /// The files beside <paramref name="tablePath"/> named <paramref name="prefix"/>, something, <paramref name="suffix"/>,
    /// with that something. One wildcard after one dot, filtered here: Wine's search finds nothing for a pattern with two
    /// dots ("log.tbl.*.heap"), and Windows compares file names without regard to case.
    /// </summary>
    private static IEnumerable<(string Path, string Middle)> NamesBeside(string tablePath, string prefix, string suffix)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(tablePath))!;
        StringComparison names = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (string candidate in Directory.EnumerateFiles(directory, "*" + suffix))
        {
            string name = Path.GetFileName(candidate);
            if (name.Length > prefix.Length + suffix.Length && name.StartsWith(prefix, names) && name.EndsWith(suffix, names))
            {
                yield return (candidate, name[prefix.Length..^suffix.Length]);
            }
        }
    }

    // "<16 hex>" (the table's copy) or "<32 hex>.heap.<16 hex>" (its new heap): nothing else AtomicFileReplacement makes here.
    private static bool IsTemporaryTableName(ReadOnlySpan<char> middle)
    {
        const int Unique = 16;
        if (middle.Length == Unique)
        {
            return IsHex(middle);
        }

        int heapPart = middle.Length - Unique - 1;
        return heapPart > HeapFormat.Extension.Length
            && middle[heapPart] == '.'
            && IsHex(middle[(heapPart + 1)..])
            && middle[..heapPart].EndsWith(HeapFormat.Extension, StringComparison.Ordinal)
            && TableId.TryParse(middle[..(heapPart - HeapFormat.Extension.Length)]) is not null;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Deletes <paramref name="path"/>; false when it could not (already gone, or not ours to delete), which leaves it for the next compaction.</summary>
    public static bool DeleteQuietly(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
