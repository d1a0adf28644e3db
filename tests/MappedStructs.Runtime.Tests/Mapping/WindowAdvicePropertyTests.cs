using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// The advice a windowed file records for the windows it maps later: whatever ranges are advised, in whatever order, the
/// recorded list gives every byte the advice of each kind (access pattern, huge pages, residency) given to it last, and it
/// holds one entry per run of bytes with the same advice, so a scan that advises each next window (overlapping or adjacent
/// ranges) does not grow it.
/// </summary>
public sealed class WindowAdvicePropertyTests
{
    private const int Extent = 96;

    [Fact]
    public void The_recorded_advice_is_the_advice_given_last_to_each_byte_in_one_entry_per_run()
    {
        Gen<(long Offset, long Length, MapAdvice Advice)[]> advised = Gen.Select(
            Gen.Long[0, Extent - 1],
            Gen.OneOf(Gen.Long[0, 24], Gen.Const(8L)),
            Gen.Enum<MapAdvice>()).Array[0, 40];

        advised.Sample(sequence =>
        {
            var window = new SlidingWindow(4096);
            foreach ((long offset, long length, MapAdvice advice) in sequence)
            {
                window.Record(offset, length, advice);
            }

            IReadOnlyList<(long Offset, long Length, MapAdvice Advice)> recorded = window.RecordedAdvice;
            int runs = 0;
            foreach (int kind in (int[])[0, 1, 2])
            {
                MapAdvice?[] expected = Paint(sequence.Where(range => AdviceRanges.KindOf(range.Advice) == kind));
                var ofKind = recorded.Where(range => AdviceRanges.KindOf(range.Advice) == kind).ToList();
                Assert.Equal(expected, Paint(ofKind));
                Assert.True(ofKind.Zip(ofKind.Skip(1)).All(pair => pair.First.Offset + pair.First.Length <= pair.Second.Offset));
                runs += Runs(expected);
            }

            Assert.Equal(runs, recorded.Count);
            Assert.All(recorded, range => Assert.True(range.Length > 0));
        });
    }

    [Fact]
    public void A_scan_advising_each_next_overlapping_or_adjacent_window_keeps_one_entry()
    {
        var window = new SlidingWindow(4096);
        for (long i = 0; i < 10_000; i++)
        {
            window.Record(i * 4096, i % 2 == 0 ? 8192 : 4096, MapAdvice.Sequential);
        }

        Assert.Equal([(0L, 10_000L * 4096, MapAdvice.Sequential)], window.RecordedAdvice);
    }

    [Fact]
    public void Advice_of_another_kind_leaves_the_recorded_access_pattern_in_place()
    {
        var window = new SlidingWindow(4096);
        window.Record(0, 1 << 20, MapAdvice.Sequential);
        window.Record(4096, 4096, MapAdvice.WillNeed);
        window.Record(0, 1 << 20, MapAdvice.HugePage);

        Assert.Equal([(0L, 1L << 20, MapAdvice.Sequential), (0L, 1L << 20, MapAdvice.HugePage), (4096L, 4096L, MapAdvice.WillNeed)], window.RecordedAdvice);
    }

    [Fact]
    public void Newer_advice_splits_older_advice_around_it_and_empty_ranges_record_nothing()
    {
        var window = new SlidingWindow(4096);
        window.Record(0, 100, MapAdvice.Sequential);
        window.Record(40, 20, MapAdvice.Random);
        window.Record(70, 0, MapAdvice.DontNeed);

        Assert.Equal([(0L, 40L, MapAdvice.Sequential), (40L, 20L, MapAdvice.Random), (60L, 40L, MapAdvice.Sequential)], window.RecordedAdvice);
    }

    // Applies the ranges in order, as every newly mapped window gets them: the last advice given to a byte is the one it keeps.
    // Given advice of one kind only, as the kernel keeps each kind apart.
    private static MapAdvice?[] Paint(IEnumerable<(long Offset, long Length, MapAdvice Advice)> ranges)
    {
        var bytes = new MapAdvice?[Extent + 32];
        foreach ((long offset, long length, MapAdvice advice) in ranges)
        {
            for (long i = offset; i < offset + length; i++)
            {
                bytes[i] = advice;
            }
        }

        return bytes;
    }

    private static int Runs(MapAdvice?[] bytes)
    {
        int runs = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is not null && (i == 0 || bytes[i - 1] != bytes[i]))
            {
                runs++;
            }
        }

        return runs;
    }
}
