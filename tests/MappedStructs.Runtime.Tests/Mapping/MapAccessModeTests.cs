using System;
using System.IO;

namespace MappedStructs.Tests.Mapping;

/// <summary>Each MapAccess mode against the file as FileStream reads it back.</summary>
public sealed class MapAccessModeTests
{
    [Fact]
    public void Read_mapping_shows_the_file_bytes()
    {
        using TempFile file = new();
        byte[] expected = file.WritePattern(10_000);

        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        using MappedView view = mapped.CreateView();

        Assert.Equal(10_000, mapped.Length);
        Assert.Equal(10_000, view.Length);
        Assert.False(view.IsWritable);
        Assert.Equal(expected, view.ReadOnlySpan.ToArray());
        Assert.Equal(BitConverter.ToInt64(expected, 4096), view.Read<long>(4096));
    }

    [Fact]
    public void Read_mapping_refuses_writes_without_touching_memory()
    {
        using TempFile file = new();
        byte[] expected = file.WritePattern(100);
        using var mapped = MappedFile.Open(file.Path);
        using MappedView view = mapped.CreateView();

        Assert.Throws<InvalidOperationException>(() => view.Write(0, 1));
        Assert.Throws<InvalidOperationException>(() => view.GetReference());
        Assert.Throws<InvalidOperationException>(() => view.GetRef<int>(0));
        Assert.Throws<InvalidOperationException>(() => view.GetSpan(0, 4));
        Assert.Throws<InvalidOperationException>(() => _ = view.Span);
        Assert.Throws<InvalidOperationException>(() => mapped.Prefault(0, 100, forWrite: true));
        Assert.Equal(expected, file.ReadBack());
    }

    [Fact]
    public void ReadWrite_writes_persist_after_flush_and_reopen()
    {
        using TempFile file = new();
        using (var mapped = MappedFile.Create(file.Path, 8192))
        using (MappedView view = mapped.CreateView())
        {
            view.Write(0, 0x1122334455667788L);
            view.Write(8190, (short)-2);
            view.Span[100] = 7;
            mapped.Flush();
        }

        byte[] bytes = file.ReadBack();
        Assert.Equal(8192, bytes.Length);
        Assert.Equal(0x1122334455667788L, BitConverter.ToInt64(bytes, 0));
        Assert.Equal((short)-2, BitConverter.ToInt16(bytes, 8190));
        Assert.Equal(7, bytes[100]);

        using var reopened = MappedFile.Open(file.Path, MapAccess.ReadWrite);
        using MappedView again = reopened.CreateView();
        Assert.Equal(0x1122334455667788L, again.Read<long>(0));
    }

    [Fact]
    public void ReadWrite_writes_are_visible_to_FileStream_before_any_flush()
    {
        // A shared mapping writes into the page cache, which FileStream reads: coherence, not durability.
        using TempFile file = new();
        file.WritePattern(4096);
        using var mapped = MappedFile.Open(file.Path, MapAccess.ReadWrite);
        using MappedView view = mapped.CreateView();
        view.Write(10, 0xDEADBEEF);

        Assert.Equal(0xDEADBEEF, BitConverter.ToUInt32(file.ReadBack(), 10));
    }

    [Fact]
    public void CopyOnWrite_sees_its_writes_and_leaves_the_file_byte_identical()
    {
        using TempFile file = new();
        byte[] original = file.WritePattern(3 * 4096 + 17);

        using (var mapped = MappedFile.Open(file.Path, MapAccess.CopyOnWrite))
        using (MappedView view = mapped.CreateView())
        {
            Assert.True(view.IsWritable);
            view.Write(5, 123456789);
            view.GetSpan(4096, 4).Fill(0xAB);
            mapped.Flush();
            view.Flush();

            Assert.Equal(123456789, view.Read<int>(5));
            Assert.Equal(0xAB, view.ReadOnlySpan[4099]);
            Assert.Equal(original, file.ReadBack());
        }

        Assert.Equal(original, file.ReadBack());
    }

    [Fact]
    public void CopyOnWrite_writes_are_invisible_to_another_mapping()
    {
        using TempFile file = new();
        byte[] original = file.WritePattern(4096);
        using var private_ = MappedFile.Open(file.Path, MapAccess.CopyOnWrite);
        using var shared = MappedFile.Open(file.Path, MapAccess.Read);
        using MappedView privateView = private_.CreateView();
        using MappedView sharedView = shared.CreateView();

        privateView.Write<byte>(0, 200);

        Assert.Equal(200, privateView.Read<byte>(0));
        Assert.Equal(original[0], sharedView.Read<byte>(0));
    }

    [Fact]
    public void Anonymous_mapping_starts_zeroed_and_keeps_writes()
    {
        using var mapped = MappedFile.CreateAnonymous(3 * 4096 + 8);
        using MappedView view = mapped.CreateView();

        Assert.Null(mapped.Path);
        Assert.Equal(MapAccess.ReadWrite, mapped.Access);
        Assert.True(view.ReadOnlySpan.IndexOfAnyExcept((byte)0) < 0);
        view.Write(3 * 4096, 42L - 1);
        Assert.Equal(41L, view.Read<long>(3 * 4096));
        mapped.Flush();
    }

    [Fact]
    public void Two_mappings_of_one_file_see_each_others_writes()
    {
        using TempFile file = new();
        file.WritePattern(8192);
        using var first = MappedFile.Open(file.Path, MapAccess.ReadWrite);
        using var second = MappedFile.Open(file.Path, MapAccess.ReadWrite);
        using MappedView a = first.CreateView();
        using MappedView b = second.CreateView(4096, 4096);

        a.Write(4096 + 8, 77L);
        Assert.Equal(77L, b.Read<long>(8));
        b.GetRef<int>(100) = -5;
        Assert.Equal(-5, a.Read<int>(4096 + 100));
    }

    [Fact]
    public void FromStream_maps_an_open_file_and_leaveOpen_keeps_the_stream_usable()
    {
        using TempFile file = new();
        file.WritePattern(4096);
        using FileStream stream = new(file.Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        using (var mapped = MappedFile.FromStream(stream, MapAccess.ReadWrite, leaveOpen: true))
        using (MappedView view = mapped.CreateView())
        {
            view.Write(0, 99);
        }

        stream.Position = 0;
        byte[] buffer = new byte[4];
        stream.ReadExactly(buffer);
        Assert.Equal(99, BitConverter.ToInt32(buffer));
    }
}
