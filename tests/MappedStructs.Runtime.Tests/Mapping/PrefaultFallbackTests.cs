using System;

namespace MappedStructs.Tests.Mapping;

/// <summary>The page-touching prefault used where MADV_POPULATE_* is missing (macOS, Windows, Linux before 5.14).</summary>
[Collection(nameof(ResidentMemoryMeasurements))]
public sealed class PrefaultFallbackTests
{
    [Fact]
    public void Touching_fallback_makes_pages_resident_and_keeps_their_contents()
    {
        using TempFile file = new();
        const int Length = 16 << 20;
        using var mapped = MappedFile.Create(file.Path, Length);
        using MappedView view = mapped.CreateView();
        view.Write(4096 * 3, 5L);
        long before = OperatingSystem.IsLinux() ? ResidentMemory.FileBytes() : 0;
        mapped.Prefault(0, Length, forWrite: true, PrefaultMethod.TouchPages);
        mapped.Prefault(0, Length, forWrite: false, PrefaultMethod.TouchPages);
        if (OperatingSystem.IsLinux())
        {
            Assert.InRange(ResidentMemory.FileBytes() - before, Length * 3L / 4, Length * 4L);
        }

        Assert.Equal(5L, view.Read<long>(4096 * 3));
        Assert.Equal(5L, BitConverter.ToInt64(file.ReadBack(), 4096 * 3));
    }
}
