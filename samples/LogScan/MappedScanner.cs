using System;
using MappedStructs;

namespace LogScan;

/// <summary>
/// Counts lines and pattern matches of a mapped file through windows (sub-views) of at most 2 GiB each, so files of any
/// size work with span APIs. A match that starts in one window and ends in the next is found because each window
/// extends pattern-length - 1 bytes past its nominal end, and counted once because only matches that start inside the
/// nominal part count.
/// </summary>
internal static class MappedScanner
{
    /// <summary>How far <see cref="LineAt"/> looks either side of its offset.</summary>
    public const int LineReach = 4096;

    public static (long Lines, long Matches) Count(MappedFile file, ReadOnlySpan<byte> pattern, long window, bool prefault, Action<long>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(window, int.MaxValue - pattern.Length);
        long length = file.Length;
        long lines = 0;
        long matches = 0;

        // Absolute offset before which no new match may start (matches do not overlap, also across windows).
        long resumeAt = 0;
        for (long start = 0; start < length; start += window)
        {
            int nominal = (int)Math.Min(window, length - start);
            int extent = (int)Math.Min((long)nominal + pattern.Length - 1, length - start);
            if (prefault)
            {
                // One madvise(MADV_POPULATE_READ) maps the whole window instead of one page fault per 4 KiB page.
                file.Prefault(start, extent);
            }

            using MappedView view = file.CreateView(start, extent);
            ReadOnlySpan<byte> bytes = view.ReadOnlySpan;
            lines += bytes[..nominal].Count((byte)'\n');
            int from = (int)Math.Max(0, resumeAt - start);
            while (from < nominal)
            {
                int found = bytes[from..].IndexOf(pattern);
                if (found < 0 || from + found >= nominal)
                {
                    break;
                }

                matches++;
                from += found + pattern.Length;
            }

            resumeAt = start + from;
            progress?.Invoke(start + nominal);
        }

        if (length > 0)
        {
            using MappedView last = file.CreateView(length - 1, 1);
            if (last.ReadOnlySpan[0] != (byte)'\n')
            {
                lines++; // a final line without a newline is still a line, as StreamReader.ReadLine sees it
            }
        }

        return (lines, matches);
    }

    /// <summary>
    /// The line containing byte <paramref name="offset"/> and its start offset: one small view around the offset, nothing
    /// else is touched. Lines longer than the 4 KiB looked at either side are cut (<c>Cut</c> is true).
    /// </summary>
    public static (string Line, long LineStart, bool Cut) LineAt(MappedFile file, long offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(offset, file.Length);
        const int Reach = LineReach;
        long from = Math.Max(0, offset - Reach);
        long to = Math.Min(file.Length, offset + Reach);
        using MappedView view = file.CreateView(from, to - from);
        ReadOnlySpan<byte> around = view.ReadOnlySpan;
        int at = (int)(offset - from);
        int lineStart = around[..at].LastIndexOf((byte)'\n') + 1;
        int lineEnd = around[at..].IndexOf((byte)'\n');
        bool cut = (lineStart == 0 && from > 0) || (lineEnd < 0 && to < file.Length);
        lineEnd = lineEnd < 0 ? around.Length : at + lineEnd;
        return (System.Text.Encoding.UTF8.GetString(around[lineStart..lineEnd]).Trim('\0'), from + lineStart, cut);
    }

    /// <summary>The 1-based number of the line starting at <paramref name="lineStart"/>: newlines before it, counted vectorized through windows.</summary>
    public static long LineNumberAt(MappedFile file, long lineStart, long window)
    {
        long newlinesBefore = 0;
        for (long start = 0; start < lineStart; start += window)
        {
            int length = (int)Math.Min(window, lineStart - start);
            using MappedView part = file.CreateView(start, length);
            newlinesBefore += part.ReadOnlySpan.Count((byte)'\n');
        }

        return newlinesBefore + 1;
    }
}
