using System;

namespace MappedStructs.Tests.Mapping;

/// <summary>Views: bounds, sub-views, typed access and lifetime.</summary>
public sealed class MappedViewTests
{
    [Fact]
    public void View_at_an_offset_reads_the_bytes_at_that_file_offset()
    {
        using TempFile file = new();
        byte[] bytes = file.WritePattern(20_000);
        using var mapped = MappedFile.Open(file.Path);
        using MappedView view = mapped.CreateView(12_345, 1000);

        Assert.Equal(12_345, view.Offset);
        Assert.Equal(bytes.AsSpan(12_345, 1000).ToArray(), view.ReadOnlySpan.ToArray());
        Assert.Equal(bytes[12_345], view.GetReadOnlyReference());
        Assert.Equal(bytes[12_345 + 999], view.GetReadOnlySpan(999, 1)[0]);
    }

    [Theory]
    [InlineData(0, 1001)]
    [InlineData(1, 1000)]
    [InlineData(1000, 1)]
    [InlineData(-1, 1)]
    [InlineData(0, -1)]
    [InlineData(long.MaxValue, 1)]
    [InlineData(1, long.MaxValue)]
    public void View_refuses_ranges_outside_the_mapping(long offset, long length)
    {
        using TempFile file = new();
        file.WritePattern(1000);
        using var mapped = MappedFile.Open(file.Path);

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(offset, length));
        Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_access_is_bounds_checked_against_the_view_not_the_file()
    {
        using var mapped = MappedFile.CreateAnonymous(4096);
        using MappedView view = mapped.CreateView(100, 16);

        view.Write(8, 1L);
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Write(9, 1L));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Read<long>(9));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Read<byte>(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Read<byte>(16));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.GetRef<int>(13));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.GetSpan(10, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.GetReadOnlySpan(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.CreateView(8, 9));
        Assert.Equal(16, view.Span.Length);
    }

    [Fact]
    public void Refs_and_spans_alias_the_same_memory()
    {
        using var mapped = MappedFile.CreateAnonymous(64);
        using MappedView view = mapped.CreateView();

        ref long slot = ref view.GetRef<long>(8);
        slot = 0x0102030405060708;
        Assert.Equal(0x08, view.ReadOnlySpan[8]);
        view.GetReference() = 9;
        Assert.Equal(9, view.GetReadOnlyRef<byte>(0));
    }

    [Fact]
    public void Sub_views_slide_over_the_mapping_and_outlive_their_parent()
    {
        using TempFile file = new();
        byte[] bytes = file.WritePattern(64 * 1024);
        using var mapped = MappedFile.Open(file.Path);
        MappedView whole = mapped.CreateView();
        MappedView window = whole.CreateView(4096, 8192);
        MappedView inner = window.CreateView(100, 10);
        whole.Dispose();
        mapped.Dispose();

        Assert.Equal(4196, inner.Offset);
        Assert.Equal(bytes.AsSpan(4196, 10).ToArray(), inner.ReadOnlySpan.ToArray());
        for (long start = 0; start + 4096 <= window.Length; start += 4096)
        {
            using MappedView slide = window.CreateView(start, 4096);
            Assert.Equal(bytes[4096 + start + 4095], slide.Read<byte>(4095));
        }

        window.Dispose();
        Assert.Equal(bytes[4196 + 9], inner.Read<byte>(9));
        inner.Dispose();
    }

    [Fact]
    public void Disposed_view_throws_ObjectDisposedException_from_every_member()
    {
        using var mapped = MappedFile.CreateAnonymous(4096);
        MappedView view = mapped.CreateView();
        view.Dispose();
        view.Dispose();

        Assert.True(view.IsDisposed);
        Assert.Equal(4096, view.Length);
        Assert.Throws<ObjectDisposedException>(() => view.Read<int>(0));
        Assert.Throws<ObjectDisposedException>(() => view.Write(0, 1));
        Assert.Throws<ObjectDisposedException>(() => view.GetRef<int>(0));
        Assert.Throws<ObjectDisposedException>(() => view.GetReadOnlyRef<int>(0));
        Assert.Throws<ObjectDisposedException>(() => view.GetReference());
        Assert.Throws<ObjectDisposedException>(() => view.GetReadOnlyReference());
        Assert.Throws<ObjectDisposedException>(() => _ = view.Span);
        Assert.Throws<ObjectDisposedException>(() => _ = view.ReadOnlySpan);
        Assert.Throws<ObjectDisposedException>(() => view.GetSpan(0, 1));
        Assert.Throws<ObjectDisposedException>(() => view.GetReadOnlySpan(0, 1));
        Assert.Throws<ObjectDisposedException>(() => view.CreateView(0, 1));
        Assert.Throws<ObjectDisposedException>(() => view.Flush());
    }

    [Fact]
    public void Disposing_the_file_keeps_live_views_usable_and_refuses_new_ones()
    {
        using TempFile file = new();
        var mapped = MappedFile.Create(file.Path, 4096);
        MappedView view = mapped.CreateView();
        mapped.Dispose();
        mapped.Dispose();

        view.Write(0, 31337);
        view.Flush();
        Assert.Equal(31337, view.Read<int>(0));
        Assert.Equal(31337, BitConverter.ToInt32(file.ReadBack()));
        Assert.Throws<ObjectDisposedException>(() => mapped.CreateView());
        Assert.Throws<ObjectDisposedException>(() => mapped.CreateView(0, 1));
        Assert.Throws<ObjectDisposedException>(() => mapped.Flush());
        Assert.Throws<ObjectDisposedException>(() => mapped.EnsureCapacity(8192));
        Assert.Throws<ObjectDisposedException>(() => mapped.GetFileLength());
        Assert.Throws<ObjectDisposedException>(() => mapped.Advise(0, 1, MapAdvice.Normal));
        view.Dispose();
    }
}
