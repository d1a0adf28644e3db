using System;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// Checking tables of <see cref="IndexedNote"/> after a crash: every record below the count must hold exactly what its
/// index determines, read in place (the zero-copy accessors) and copied out (<c>Load</c>); and a new writer must extend it.
/// </summary>
internal static class IndexedNotes
{
    /// <summary>
    /// Opens <paramref name="path"/> read-only and checks every record below its count: returns the count, how many records
    /// are wrong and what was wrong with the first of them (null when none).
    /// </summary>
    public static (long Count, long Bad, string? FirstProblem) Verify(string path)
    {
        using var table = ReadOnlyMappedTable<IndexedNote>.Open(path);
        long count = table.Count;
        long bad = 0;
        string? first = null;
        for (long i = 0; i < count; i++)
        {
            string? problem = ProblemOf(table[i], i);
            if (problem is not null)
            {
                bad++;
                first ??= $"record {i}: {problem}";
            }
        }

        return (count, bad, first);
    }

    /// <summary>
    /// Opens <paramref name="path"/> ReadWrite, as the next writer after the crash, appends <paramref name="extra"/> records
    /// numbered on from its count and reads them back; returns the count it opened with, or throws naming what differs.
    /// </summary>
    public static long Extend(string path, int extra)
    {
        using var table = MappedTable<IndexedNote>.Open(path, MapAccess.ReadWrite);
        long opened = table.Count;
        for (long i = opened; i < opened + extra; i++)
        {
            Assert.Equal(i, table.Append(IndexedNote.For(i)));
        }

        table.Flush();
        Assert.Equal(opened + extra, table.Count);
        for (long i = Math.Max(0, opened - extra); i < opened + extra; i++)
        {
            string? problem = ProblemOf(table.GetReadOnly(i), i);
            Assert.True(problem is null, $"'{path}' opened ReadWrite with {opened} records, appended {extra}: record {i}: {problem}");
        }

        return opened;
    }

    /// <summary>What record <paramref name="view"/> at <paramref name="index"/> holds that its index does not determine, or null.</summary>
    public static string? ProblemOf(IndexedNote.ReadOnlyRef view, long index)
    {
        try
        {
            if (view.Index != index || view.Check != IndexedNote.Mix(index))
            {
                return $"index {view.Index}, check 0x{view.Check:X16}";
            }

            if (!view.Body.SequenceEqual(IndexedNote.BodyFor(index)))
            {
                return $"body of {view.Body.Length} bytes in place differs from the {IndexedNote.BodyFor(index).Length} written";
            }

            if (!view.LabelBytes.SequenceEqual(IndexedNote.LabelBytesFor(index)))
            {
                return $"label bytes in place differ from \"{IndexedNote.LabelFor(index)}\"";
            }

            IndexedNote loaded = view.Load();
            return loaded.Index == index && loaded.Check == IndexedNote.Mix(index) && loaded.Label == IndexedNote.LabelFor(index) && loaded.Body.AsSpan().SequenceEqual(IndexedNote.BodyFor(index))
                ? null
                : "Load() differs from the index's values";
        }
        catch (Exception e) when (e is System.IO.InvalidDataException or NotSupportedException or ArgumentException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
