using System;
using System.IO;

namespace MappedStructs.Tests.Mapping;

/// <summary>Files beyond 4 GiB, views beyond int.MaxValue, and demand paging.</summary>
[Collection(nameof(ResidentMemoryMeasurements))]
public sealed class LargeFileTests
{
    private const long EightGiB = 8L << 30;
    private const long MiB = 1L << 20;

    [Fact]
    public void Sparse_8_GiB_file_maps_at_once_and_only_touched_pages_become_resident()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Resident memory is read from /proc/self/status, which only Linux has.");

        using TempFile file = new("sparse.bin");
        long residentBefore = ResidentMemory.FileBytes();
        using (var mapped = MappedFile.Create(file.Path, EightGiB))
        using (MappedView view = mapped.CreateView())
        {
            Assert.Equal(EightGiB, view.Length);
            long lastPage = EightGiB - 4096;
            view.Write(lastPage, 0x5EED_5EED_5EED_5EEDL);
            view.Write(EightGiB - 8, -1L);
            view.Write(5L << 30, 55L);
            Assert.Equal(0x5EED_5EED_5EED_5EEDL, view.Read<long>(lastPage));
            Assert.Equal(0L, view.Read<long>(4L << 30)); // an untouched hole reads as zeros

            long grown = ResidentMemory.FileBytes() - residentBefore;
            Assert.True(grown < 64 * MiB, $"Touching 4 pages of an 8 GiB mapping made {grown} bytes resident.");

            // Pre-faulting makes exactly the asked range resident: the demand-paging claim, measured.
            long beforePrefault = ResidentMemory.FileBytes();
            mapped.Prefault(1L << 30, 32 * MiB);
            long prefaulted = ResidentMemory.FileBytes() - beforePrefault;
            Assert.InRange(prefaulted, 28 * MiB, 96 * MiB);
            mapped.Flush(lastPage, 4096);
        }

        using FileStream stream = new(file.Path, FileMode.Open, FileAccess.Read);
        Assert.Equal(EightGiB, stream.Length);
        byte[] tail = new byte[8];
        stream.Position = EightGiB - 4096;
        stream.ReadExactly(tail);
        Assert.Equal(0x5EED_5EED_5EED_5EEDL, BitConverter.ToInt64(tail));
    }

    [Fact]
    public void View_over_more_than_int_MaxValue_bytes_offers_a_reference_and_sliding_sub_views_but_no_span()
    {
        using TempFile file = new("big.bin");
        using var mapped = MappedFile.Create(file.Path, 5L << 30);
        using MappedView view = mapped.CreateView();

        Assert.Throws<InvalidOperationException>(() => _ = view.Span);
        Assert.Throws<InvalidOperationException>(() => _ = view.ReadOnlySpan);
        view.GetReference() = 1;

        // Slide a 1 GiB window in steps of 1 GiB + 3 bytes across the whole file, writing its last long.
        long step = (1L << 30) + 3;
        int windows = 0;
        for (long start = 0; start + (1L << 30) <= view.Length; start += step)
        {
            using MappedView window = view.CreateView(start, 1L << 30);
            window.Write(window.Length - 8, start);
            Assert.Equal(start, view.Read<long>(start + window.Length - 8));
            Assert.Equal(1 << 30, window.Span.Length);
            windows++;
        }

        Assert.Equal(4, windows);
        Assert.Equal(1, view.Read<byte>(0));
        Assert.Equal(3L * step, view.Read<long>(3 * step + (1L << 30) - 8));
    }
}
