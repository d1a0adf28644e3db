using System.Collections.Generic;
using System.Runtime.CompilerServices;
using MappedStructs.TestSupport;

namespace MappedStructs.Tests.Mapping;

/// <summary>Advice reaches the kernel: Linux records it in the mapping's VmFlags in /proc/self/smaps.</summary>
public sealed class AdviceEffectTests
{
    [Theory]
    [InlineData(MapAdvice.Random, "rr")]
    [InlineData(MapAdvice.Sequential, "sr")]
    [InlineData(MapAdvice.HugePage, "hg")]
    [InlineData(MapAdvice.NoHugePage, "nh")]
    public void Advice_sets_the_kernels_flag_on_exactly_the_advised_range(MapAdvice advice, string flag)
    {
        Assert.SkipUnless(Smaps.Available, "Advice is read back from /proc/self/smaps, which only Linux has.");

        using TempFile file = new();
        file.WritePattern(64 * 4096);
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        using MappedView view = mapped.CreateView();
        nint start = AddressOf(view);

        mapped.Advise(16 * 4096, 8 * 4096, advice);

        Assert.Contains(flag, VmFlagsAt(start + 16 * 4096));
        Assert.Contains(flag, VmFlagsAt(start + 24 * 4096 - 1));
        Assert.DoesNotContain(flag, VmFlagsAt(start));
        Assert.DoesNotContain(flag, VmFlagsAt(start + 24 * 4096));

        if (advice is MapAdvice.Random or MapAdvice.Sequential)
        {
            mapped.Advise(0, mapped.Length, MapAdvice.Normal);
            Assert.DoesNotContain(flag, VmFlagsAt(start + 16 * 4096));
        }
    }

    private static unsafe nint AddressOf(MappedView view) =>
        (nint)Unsafe.AsPointer(ref Unsafe.AsRef(in view.GetReadOnlyReference()));

    private static IReadOnlyList<string> VmFlagsAt(nint address) => Smaps.MappingAt(address).VmFlags;
}
