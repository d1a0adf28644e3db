using System;
using System.Collections.Generic;

namespace MappedStructs;

/// <summary>
/// The window of a windowed <see cref="MappedFile"/>: where the next window goes, the one mapped now, and the advice every
/// window is given. Each window is a <see cref="MappedRegion"/> with leases: the file holds one on its current window and
/// every view one on the window it was cut from, so moving the window unmaps the old one only after its last view is
/// disposed. Not thread-safe: the file calls it under its lock.
/// </summary>
internal sealed partial class SlidingWindow
{
    private readonly AdviceRanges _advice = new();

    /// <param name="viewSize">The longest view the file gives; at least 1.</param>
    internal SlidingWindow(long viewSize)
    {
        ViewSize = viewSize;

        // One granule more than the longest view rounded up: a view of up to viewSize bytes fits at any offset, since the
        // window that holds it starts at most one granule before it. A view size within two granules of long.MaxValue
        // (asked for as "the whole file") would overflow that sum; no file is that long, so the window saturates.
        MappedSize = viewSize > long.MaxValue - (2 * Granularity)
            ? long.MaxValue
            : ((viewSize + Granularity - 1) / Granularity * Granularity) + Granularity;
    }

    /// <summary>
    /// The alignment of a window's file offset: the page size on Unix (mmap's offset must be a multiple of it), the
    /// allocation granularity on Windows (MapViewOfFile's must be).
    /// </summary>
    internal static long Granularity => OperatingSystem.IsWindows() ? WindowsGranularity : UnixGranularity;

    /// <summary>The longest view, as asked for at open.</summary>
    internal long ViewSize { get; }

    /// <summary>How many bytes a window maps (less at the end of the file).</summary>
    internal long MappedSize { get; }

    /// <summary>The window mapped now, on which the file holds a lease; null before the first view and after dispose.</summary>
    internal MappedRegion? Current { get; set; }

    /// <summary>How many windows were mapped since the file was opened.</summary>
    internal long WindowsMapped { get; private set; }

    /// <summary>The advice recorded for the windows mapped later, as <see cref="Record"/> keeps it.</summary>
    internal IReadOnlyList<(long Offset, long Length, MapAdvice Advice)> RecordedAdvice => _advice.Ranges;

    /// <summary>Whether the current window holds [offset, offset + length).</summary>
    internal bool CurrentCovers(long offset, long length) =>
        Current is { } window && offset >= window.FileOffset && offset + length <= window.FileOffset + window.Length;

    /// <summary>
    /// The window for a view [offset, offset + length) of a file of <paramref name="fileLength"/> bytes (not empty): it
    /// starts at the granule holding the view's first byte (the last byte of the file, for an empty view at its end).
    /// </summary>
    internal (long Offset, long Length) Place(long offset, long fileLength)
    {
        long start = Math.Min(offset, fileLength - 1) / Granularity * Granularity;
        return (start, Math.Min(MappedSize, fileLength - start));
    }

    /// <summary>Counts a newly mapped window and gives it the advice recorded for its range.</summary>
    internal void Advise(MappedRegion window)
    {
        foreach ((long offset, long length, MapAdvice advice) in _advice.Ranges)
        {
            AdviseOverlap(window, offset, length, advice);
        }

        WindowsMapped++;
    }

    /// <summary>
    /// Records advice for a range of the file, so every window mapped later that overlaps it gets it, and gives it to the
    /// current window now. Advice for a range replaces what was recorded for its bytes (<see cref="AdviceRanges"/>), so
    /// the list stays as long as the runs of bytes with one advice.
    /// </summary>
    internal void Record(long offset, long length, MapAdvice advice)
    {
        _advice.Add(offset, length, advice);
        if (Current is { } window)
        {
            AdviseOverlap(window, offset, length, advice);
        }
    }

    /// <summary>Gives <paramref name="advice"/> to the part of [offset, offset + length) that <paramref name="window"/> maps, if any.</summary>
    private static void AdviseOverlap(MappedRegion window, long offset, long length, MapAdvice advice)
    {
        long from = Math.Max(offset, window.FileOffset);
        long to = Math.Min(offset + length, window.FileOffset + window.Length);
        if (from < to)
        {
            window.Advise(from - window.FileOffset, to - from, advice);
        }
    }
}
