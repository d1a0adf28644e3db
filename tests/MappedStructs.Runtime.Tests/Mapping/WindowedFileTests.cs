using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using MappedStructs.TestSupport;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// The windowed mode of <see cref="MappedFile"/>: the window moves to each view, views keep their window mapped across
/// moves, edges and bad requests are exceptions naming the file, and the mode's flush, advice, prefault and growth.
/// </summary>
public sealed class WindowedFileTests
{
    private static readonly long s_granule = SlidingWindow.Granularity;

    [Fact]
    public void The_window_moves_only_when_a_view_lies_outside_it()
    {
        using TempFile file = new();
        byte[] bytes = file.WritePattern((int)(10 * s_granule));
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, s_granule);

        Assert.Equal(s_granule, mapped.WindowSize);
        Assert.Equal(0, mapped.WindowsMapped);
        ReadAndCompare(mapped, bytes, 0, 16);
        Assert.Equal(1, mapped.WindowsMapped);

        // A window maps one granule more than the longest view, so a whole-granule view just past the start still fits.
        ReadAndCompare(mapped, bytes, s_granule / 2, s_granule);
        Assert.Equal(1, mapped.WindowsMapped);

        ReadAndCompare(mapped, bytes, 5 * s_granule + 3, 100);
        Assert.Equal(2, mapped.WindowsMapped);
        ReadAndCompare(mapped, bytes, 5 * s_granule + 200, 100);
        Assert.Equal(2, mapped.WindowsMapped);
        ReadAndCompare(mapped, bytes, 0, 1);
        Assert.Equal(3, mapped.WindowsMapped);
    }

    [Fact]
    public void A_view_keeps_its_window_mapped_after_the_window_moves_and_its_writes_reach_the_file()
    {
        using TempFile file = new();
        byte[] bytes = file.WritePattern((int)(8 * s_granule));
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.ReadWrite, s_granule);
        using MappedView first = mapped.CreateView(10, 64);
        for (long at = 2 * s_granule; at < 8 * s_granule; at += s_granule)
        {
            using MappedView elsewhere = mapped.CreateView(at, 8);
            elsewhere.Write(0, at);
        }

        // Windows of two granules at 0, 2, 4 and 6 granules: each holds the views of two steps.
        Assert.Equal(4, mapped.WindowsMapped);
        Assert.Equal(bytes.AsSpan(10, 64).ToArray(), first.ReadOnlySpan.ToArray());
        first.Write(0, 0x1122334455667788L);
        mapped.Flush();

        byte[] back = file.ReadBack();
        Assert.Equal(0x1122334455667788L, BitConverter.ToInt64(back, 10));
        Assert.Equal(5 * s_granule, BitConverter.ToInt64(back, (int)(5 * s_granule)));
    }

    [Fact]
    public void A_moved_window_is_unmapped_when_its_last_view_is_disposed()
    {
        Assert.SkipUnless(Smaps.Available, "Mappings are counted in /proc/self/smaps, which only Linux has.");

        using TempFile file = new();
        file.WritePattern((int)(8 * s_granule));
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, s_granule);
        MappedView held = mapped.CreateView(0, 8);
        using (mapped.CreateView(4 * s_granule, 8))
        {
            Assert.Equal(2, Smaps.MappingsOf(file.Path).Count);
        }

        Assert.Equal(2, Smaps.MappingsOf(file.Path).Count);
        held.Dispose();
        Assert.Single(Smaps.MappingsOf(file.Path));
        mapped.Dispose();
        Assert.Empty(Smaps.MappingsOf(file.Path));
    }

    [Fact]
    public void First_and_last_bytes_of_a_file_whose_length_is_not_a_multiple_of_the_window()
    {
        using TempFile file = new();
        int length = (int)(3 * s_granule) + 123;
        byte[] bytes = file.WritePattern(length);
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, s_granule - 1);

        Assert.Equal(length, mapped.Length);
        ReadAndCompare(mapped, bytes, 0, 1);
        ReadAndCompare(mapped, bytes, length - 1, 1);
        ReadAndCompare(mapped, bytes, length - (s_granule - 1), s_granule - 1);
        ReadAndCompare(mapped, bytes, 3 * s_granule - 5, 128);
        using MappedView empty = mapped.CreateView(length, 0);
        Assert.Equal(length, empty.Offset);
        using MappedView last = mapped.CreateView(length - 1, 1);
        Assert.Equal(length - 1, last.Offset);
        Assert.Throws<ArgumentOutOfRangeException>(() => last.Read<byte>(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => last.Read<short>(0));
    }

    [Fact]
    public void An_empty_file_opens_windowed_and_has_nothing_to_find()
    {
        using TempFile file = new();
        File.WriteAllBytes(file.Path, []);
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, 4096);

        Assert.Equal(0, mapped.Length);
        Assert.Equal(-1, mapped.IndexOf("x"u8));
        ArgumentOutOfRangeException past = Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(0, 1));
        Assert.Contains(file.Path, past.Message, StringComparison.Ordinal);
        Assert.Contains(file.Path, Assert.Throws<InvalidOperationException>(() => mapped.CreateView(0, 0)).Message, StringComparison.Ordinal);
        Assert.Equal(0, mapped.WindowsMapped);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, -1)]
    [InlineData(5000, 1)]
    [InlineData(4999, 2)]
    [InlineData(long.MaxValue, 1)]
    [InlineData(1, long.MaxValue)]
    public void Ranges_outside_the_file_are_refused_naming_the_file(long offset, long length)
    {
        using TempFile file = new();
        file.WritePattern(5000);
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, 1 << 20);

        ArgumentOutOfRangeException refused = Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(offset, length));
        Assert.Contains(file.Path, refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Prefault(offset, length));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Advise(offset, length, MapAdvice.Sequential));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Flush(offset, length));
        Assert.Equal(0, mapped.WindowsMapped);
    }

    [Fact]
    public void A_view_longer_than_the_window_is_refused_naming_the_file_and_the_window()
    {
        using TempFile file = new();
        file.WritePattern(5000);
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, 1000);

        using (mapped.CreateView(4000, 1000))
        {
        }

        ArgumentOutOfRangeException refused = Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(0, 1001));
        Assert.Contains(file.Path, refused.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1000 bytes", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView());
        Assert.Throws<ArgumentException>(() => mapped.IndexOf(new byte[1001]));
    }

    [Fact]
    public void A_disposed_windowed_file_refuses_new_views_and_a_disposed_view_refuses_access()
    {
        using TempFile file = new();
        byte[] bytes = file.WritePattern(3 * 4096);
        var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, 4096);
        MappedView view = mapped.CreateView(100, 8);
        mapped.Dispose();
        mapped.Dispose();

        Assert.Throws<ObjectDisposedException>(() => mapped.CreateView(0, 8));
        Assert.Throws<ObjectDisposedException>(() => mapped.IndexOf("a"u8));
        Assert.Throws<ObjectDisposedException>(() => mapped.Prefault(0, 8));
        Assert.Throws<ObjectDisposedException>(() => mapped.Flush());
        Assert.Throws<ObjectDisposedException>(() => mapped.EnsureCapacity(1 << 20));

        // A view taken before the dispose keeps its window, as views of a whole-file mapping keep theirs.
        Assert.Equal(bytes[100], view.Read<byte>(0));
        view.Dispose();
        Assert.Throws<ObjectDisposedException>(() => view.Read<byte>(0));
        Assert.Throws<ObjectDisposedException>(() => view.CreateView(0, 1));
    }

    [Fact]
    public void Sub_views_report_file_offsets_and_stay_inside_their_window()
    {
        using TempFile file = new();
        byte[] bytes = file.WritePattern((int)(6 * s_granule));
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, s_granule);
        using MappedView view = mapped.CreateView(4 * s_granule + 7, 300);
        using MappedView sub = view.CreateView(13, 20);

        Assert.Equal(4 * s_granule + 7, view.Offset);
        Assert.Equal(4 * s_granule + 20, sub.Offset);
        Assert.Equal(bytes.AsSpan((int)sub.Offset, 20).ToArray(), sub.ReadOnlySpan.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => view.CreateView(290, 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Read<long>(293));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(64)]
    public void IndexOf_finds_a_pattern_that_spans_two_windows(int before)
    {
        using TempFile file = new();
        byte[] bytes = new byte[(int)(4 * s_granule)];
        byte[] pattern = "needle-across-windows"u8.ToArray();
        int at = (int)(2 * s_granule) - before;
        pattern.CopyTo(bytes, at);
        File.WriteAllBytes(file.Path, bytes);

        foreach (long window in new[] { s_granule, s_granule + 5, pattern.Length, 2L * pattern.Length })
        {
            using var windowed = MappedFile.OpenWindowed(file.Path, MapAccess.Read, window);
            Assert.Equal(at, windowed.IndexOf(pattern));
            Assert.Equal(at, windowed.IndexOf(pattern, at));
            Assert.Equal(-1, windowed.IndexOf(pattern, at + 1));
        }

        using var whole = MappedFile.Open(file.Path, MapAccess.Read);
        Assert.Equal(at, whole.IndexOf(pattern));
        Assert.Equal(-1, whole.IndexOf(pattern, at + 1));
        Assert.Equal(5, whole.IndexOf([], 5));
    }

    [Fact]
    public void Advice_is_given_to_every_window_mapped_after_it()
    {
        Assert.SkipUnless(Smaps.Available, "Advice is read back from /proc/self/smaps, which only Linux has.");

        using TempFile file = new();
        file.WritePattern((int)(8 * s_granule));
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, s_granule);
        mapped.Advise(0, mapped.Length, MapAdvice.Sequential);
        mapped.Advise(6 * s_granule, 2 * s_granule, MapAdvice.Random);
        for (long at = 0; at < mapped.Length; at += 2 * s_granule)
        {
            using MappedView view = mapped.CreateView(at, 8);
            string expected = at >= 6 * s_granule ? "rr" : "sr";
            Assert.Contains(expected, Smaps.MappingAt(AddressOf(view)).VmFlags);
        }

        Assert.Equal(4, mapped.WindowsMapped);
    }

    [Fact]
    public void Prefault_moves_the_window_to_its_range_and_a_view_there_reuses_it()
    {
        using TempFile file = new();
        byte[] bytes = file.WritePattern((int)(8 * s_granule));
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, s_granule);
        mapped.Prefault(5 * s_granule, s_granule);
        Assert.Equal(1, mapped.WindowsMapped);
        ReadAndCompare(mapped, bytes, 5 * s_granule, s_granule);
        Assert.Equal(1, mapped.WindowsMapped);
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Prefault(0, s_granule + 1));
        Assert.Throws<InvalidOperationException>(() => mapped.Prefault(0, 1, forWrite: true));
    }

    [Fact]
    public void EnsureCapacity_lengthens_a_windowed_file_without_mapping_it()
    {
        using TempFile file = new();
        file.WritePattern(4096);
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.ReadWrite, 4096);
        mapped.EnsureCapacity(10 * s_granule);

        Assert.Equal(10 * s_granule, mapped.Length);
        Assert.Equal(0, mapped.WindowsMapped);
        using (MappedView tail = mapped.CreateView(10 * s_granule - 8, 8))
        {
            tail.Write(0, 42L);
        }

        mapped.Flush(10 * s_granule - 8, 8);
        Assert.Equal(42L, BitConverter.ToInt64(file.ReadBack(), (int)(10 * s_granule) - 8));

        using var reader = MappedFile.OpenWindowed(file.Path, MapAccess.Read, 4096);
        Assert.Throws<InvalidOperationException>(() => reader.EnsureCapacity(20 * s_granule));
        Assert.Equal(10 * s_granule, reader.Length);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MaxValue - 4096)]
    [InlineData(1L << 62)]
    public void A_window_longer_than_any_file_maps_the_whole_file_at_once(long windowSize)
    {
        using TempFile file = new();
        byte[] bytes = file.WritePattern((int)(3 * s_granule + 5));
        using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, windowSize);

        Assert.Equal(windowSize, mapped.WindowSize);
        ReadAndCompare(mapped, bytes, 0, bytes.Length);
        ReadAndCompare(mapped, bytes, (2 * s_granule) + 1, 7);
        Assert.Equal(bytes.AsSpan().IndexOf(bytes.AsSpan(bytes.Length - 3)), mapped.IndexOf(bytes.AsSpan(bytes.Length - 3)));
        Assert.Equal(1, mapped.WindowsMapped);
    }

    [Fact]
    public void A_whole_file_mapping_reports_no_window()
    {
        using TempFile file = new();
        file.WritePattern(100);
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);

        Assert.Null(mapped.WindowSize);
        Assert.Equal(0, mapped.WindowsMapped);
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.OpenWindowed(file.Path, MapAccess.Read, 0));
        Assert.Throws<FileNotFoundException>(() => MappedFile.OpenWindowed(file.Path + ".missing", MapAccess.Read, 4096));
    }

    private static void ReadAndCompare(MappedFile mapped, byte[] bytes, long offset, long length)
    {
        using MappedView view = mapped.CreateView(offset, length);
        Assert.Equal(offset, view.Offset);
        Assert.True(bytes.AsSpan((int)offset, (int)length).SequenceEqual(view.ReadOnlySpan), $"bytes {offset}..{offset + length}");
    }

    private static unsafe nint AddressOf(MappedView view) =>
        (nint)Unsafe.AsPointer(ref Unsafe.AsRef(in view.GetReadOnlyReference()));
}
