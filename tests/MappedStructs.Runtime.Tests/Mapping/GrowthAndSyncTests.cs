using System;
using System.IO;

namespace MappedStructs.Tests.Mapping;

/// <summary>EnsureCapacity, GetFileLength, Flush modes, advice and pre-faulting.</summary>
public sealed class GrowthAndSyncTests
{
    [Fact]
    public void EnsureCapacity_grows_the_file_and_old_views_stay_valid_and_coherent()
    {
        using TempFile file = new();
        using var mapped = MappedFile.Create(file.Path, 4096);
        using MappedView old = mapped.CreateView();
        old.Write(0, 11L);

        mapped.EnsureCapacity(1 << 20);

        Assert.Equal(1 << 20, mapped.Length);
        Assert.Equal(1 << 20, new FileInfo(file.Path).Length);
        using MappedView grown = mapped.CreateView();
        Assert.Equal(11L, grown.Read<long>(0));
        grown.Write((1 << 20) - 8, 22L);

        // Old and new OS mappings share the file's pages: each sees the other's writes.
        grown.Write(8, 33L);
        Assert.Equal(33L, old.Read<long>(8));
        old.Write(16, 44L);
        Assert.Equal(44L, grown.Read<long>(16));
        Assert.Equal(4096, old.Length);

        mapped.EnsureCapacity(100);
        Assert.Equal(1 << 20, mapped.Length);
        mapped.Flush();
        Assert.Equal(22L, BitConverter.ToInt64(file.ReadBack(), (1 << 20) - 8));
    }

    [Fact]
    public void Old_views_survive_growth_and_file_dispose_in_any_order()
    {
        using TempFile file = new();
        var mapped = MappedFile.Create(file.Path, 4096);
        MappedView first = mapped.CreateView();
        mapped.EnsureCapacity(8192);
        MappedView second = mapped.CreateView();
        mapped.EnsureCapacity(3 * 4096);
        mapped.Dispose();

        first.Write(0, 1L);
        Assert.Equal(1L, second.Read<long>(0));
        second.Dispose();
        first.Write(4088, 2L);
        first.Dispose();
        Assert.Equal(2L, BitConverter.ToInt64(file.ReadBack(), 4088));
        Assert.Equal(3 * 4096, file.ReadBack().Length);
    }

    [Fact]
    public void GetFileLength_reports_a_length_change_made_through_another_handle()
    {
        using TempFile file = new();
        file.WritePattern(4096);
        using var mapped = MappedFile.Open(file.Path, MapAccess.CopyOnWrite);
        using (FileStream other = new(file.Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            other.SetLength(10_000);
            other.Position = 9_992;
            other.Write(BitConverter.GetBytes(77L));
        }

        Assert.Equal(10_000, mapped.GetFileLength());
        Assert.Equal(4096, mapped.Length);

        mapped.EnsureCapacity(10_000);
        using MappedView view = mapped.CreateView();
        Assert.Equal(77L, view.Read<long>(9_992));
    }

    [Theory]
    [InlineData(FlushMode.Sync)]
    [InlineData(FlushMode.Async)]
    public void Flush_of_a_range_and_of_a_view_succeeds_and_the_bytes_reach_the_file(FlushMode mode)
    {
        using TempFile file = new();
        using (var mapped = MappedFile.Create(file.Path, 5 * 4096))
        using (MappedView view = mapped.CreateView(4096, 3 * 4096))
        {
            view.Write(5000, 123L);
            mapped.Flush(4096 + 5000, 8, mode);
            view.Flush(mode);
            mapped.Flush(0, 0, mode);
        }

        Assert.Equal(123L, BitConverter.ToInt64(file.ReadBack(), 4096 + 5000));
    }

    [Theory]
    [InlineData(MapAccess.Read)]
    [InlineData(MapAccess.ReadWrite)]
    [InlineData(MapAccess.CopyOnWrite)]
    public void Every_advice_is_accepted_and_never_changes_what_the_mapping_shows(MapAccess access)
    {
        using TempFile file = new();
        byte[] original = file.WritePattern(64 * 1024);
        using var mapped = MappedFile.Open(file.Path, access);
        using MappedView view = mapped.CreateView();
        if (view.IsWritable)
        {
            view.Write(4097, 0xABCDL);
        }

        byte[] before = view.ReadOnlySpan.ToArray();
        foreach (MapAdvice advice in Enum.GetValues<MapAdvice>())
        {
            mapped.Advise(1, 64 * 1024 - 1, advice);
            mapped.Advise(8000, 5000, advice);
            Assert.Equal(before, view.ReadOnlySpan.ToArray());
        }

        mapped.Prefault(0, 64 * 1024);
        if (view.IsWritable)
        {
            mapped.Prefault(100, 20_000, forWrite: true);
            Assert.Equal(0xABCDL, view.Read<long>(4097));
        }

        Assert.Equal(before, view.ReadOnlySpan.ToArray());
        if (access != MapAccess.ReadWrite)
        {
            Assert.Equal(original, file.ReadBack());
        }
    }

    [Fact]
    public void Advice_and_prefault_on_an_anonymous_mapping_keep_its_contents()
    {
        using var mapped = MappedFile.CreateAnonymous(16 * 4096);
        using MappedView view = mapped.CreateView();
        view.Write(3 * 4096, 99L);
        foreach (MapAdvice advice in Enum.GetValues<MapAdvice>())
        {
            mapped.Advise(0, mapped.Length, advice);
        }

        mapped.Prefault(0, mapped.Length, forWrite: true);
        Assert.Equal(99L, view.Read<long>(3 * 4096));
    }
}
