using System.Collections.Generic;

namespace MappedStructs;

/// <summary>
/// The advice given to the ranges of a file, the newest on every byte. Advice is of three independent kinds, as the
/// kernel keeps it: the access pattern (<see cref="MapAdvice.Normal"/>, <see cref="MapAdvice.Sequential"/>,
/// <see cref="MapAdvice.Random"/>), huge pages (<see cref="MapAdvice.HugePage"/>, <see cref="MapAdvice.NoHugePage"/>) and
/// residency (<see cref="MapAdvice.WillNeed"/>, <see cref="MapAdvice.DontNeed"/>); a <c>WillNeed</c> on the next window of
/// a <c>Sequential</c> scan does not undo the <c>Sequential</c>. Each kind is a list of sorted, disjoint, non-empty ranges,
/// where ranges of the same advice that touch are one: giving advice cuts it out of the older ranges of its kind that it
/// overlaps. So applying the ranges (in any order) gives each byte the advice of each kind it was given last, and a list
/// holds one range per run of bytes with the same advice however often overlapping or adjacent ranges are advised (a
/// scan advising each next window).
/// </summary>
internal sealed class AdviceRanges
{
    private readonly List<(long Offset, long Length, MapAdvice Advice)>[] _kinds = [[], [], []];
    private readonly List<(long Offset, long Length, MapAdvice Advice)> _all = [];
    private List<(long Offset, long Length, MapAdvice Advice)> _spare = [];

    /// <summary>The ranges, each kind in file order (the list is reused: read it before the next <see cref="Add"/>).</summary>
    internal IReadOnlyList<(long Offset, long Length, MapAdvice Advice)> Ranges => _all;

    /// <summary>Gives [offset, offset + length) <paramref name="advice"/>, replacing older advice of its kind there; an empty range changes nothing.</summary>
    internal void Add(long offset, long length, MapAdvice advice)
    {
        if (length <= 0)
        {
            return;
        }

        int kind = KindOf(advice);
        long end = offset + length;
        List<(long Offset, long Length, MapAdvice Advice)> result = _spare;
        result.Clear();
        bool placed = false;
        foreach ((long Offset, long Length, MapAdvice Advice) old in _kinds[kind])
        {
            long oldEnd = old.Offset + old.Length;
            if (oldEnd <= offset || old.Offset >= end)
            {
                if (!placed && old.Offset >= end)
                {
                    Append(result, offset, end, advice);
                    placed = true;
                }

                Append(result, old.Offset, oldEnd, old.Advice);
                continue;
            }

            if (old.Offset < offset)
            {
                Append(result, old.Offset, offset, old.Advice);
            }

            if (!placed)
            {
                Append(result, offset, end, advice);
                placed = true;
            }

            if (oldEnd > end)
            {
                Append(result, end, oldEnd, old.Advice);
            }
        }

        if (!placed)
        {
            Append(result, offset, end, advice);
        }

        // Two lists swapped, so that advising allocates only while the lists grow.
        _spare = _kinds[kind];
        _kinds[kind] = result;
        _all.Clear();
        foreach (List<(long Offset, long Length, MapAdvice Advice)> ranges in _kinds)
        {
            _all.AddRange(ranges);
        }
    }

    /// <summary>Which of the independent kinds of advice <paramref name="advice"/> is: advice of one kind replaces the other advice of that kind.</summary>
    internal static int KindOf(MapAdvice advice) => advice switch
    {
        MapAdvice.HugePage or MapAdvice.NoHugePage => 1,
        MapAdvice.WillNeed or MapAdvice.DontNeed => 2,
        _ => 0,
    };

    // Ranges arrive in file order; one that continues the last with the same advice extends it.
    private static void Append(List<(long Offset, long Length, MapAdvice Advice)> ranges, long from, long to, MapAdvice advice)
    {
        if (ranges.Count > 0 && ranges[^1] is var last && last.Advice == advice && last.Offset + last.Length == from)
        {
            ranges[^1] = (last.Offset, to - last.Offset, advice);
        }
        else
        {
            ranges.Add((from, to - from, advice));
        }
    }
}
