using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// What a crash-test writer child has reported so far on its standard output: <c>committed N</c> after each flush that
/// returned, <c>done</c> when it stopped appending, and the lines of the kinds it was asked to count (such as
/// <c>header N</c>), counted only after the first commit. Written by the reading thread, read by the killing one.
/// </summary>
internal sealed class ChildProgress(params string[] countedPrefixes)
{
    private readonly int[] _counts = new int[countedPrefixes.Length];
    private long _lastCommitted;
    private volatile Stopwatch? _firstCommit;
    private volatile bool _done;

    public long LastCommitted => Interlocked.Read(ref _lastCommitted);

    /// <summary>Running since the first <c>committed</c> line; null before it.</summary>
    public Stopwatch? FirstCommit => _firstCommit;

    public bool Done => _done;

    /// <summary>How many lines starting with <paramref name="prefix"/> (one of the counted prefixes) came after the first commit.</summary>
    public int CountAfterFirstCommit(string prefix) => Volatile.Read(ref _counts[Array.IndexOf(countedPrefixes, prefix)]);

    public void ReadAll(StreamReader output)
    {
        string? line;
        while ((line = output.ReadLine()) is not null)
        {
            if (line.StartsWith("committed ", StringComparison.Ordinal))
            {
                Interlocked.Exchange(ref _lastCommitted, long.Parse(line.AsSpan("committed ".Length), CultureInfo.InvariantCulture));
                _firstCommit ??= Stopwatch.StartNew();
            }
            else if (line == "done")
            {
                _done = true;
            }
            else if (_firstCommit is not null)
            {
                int kind = Array.FindIndex(countedPrefixes, prefix => line.StartsWith(prefix, StringComparison.Ordinal));
                if (kind >= 0)
                {
                    Interlocked.Increment(ref _counts[kind]);
                }
            }
        }
    }
}
