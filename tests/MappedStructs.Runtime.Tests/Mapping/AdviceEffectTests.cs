using System;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;

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
        if (!OperatingSystem.IsLinux())
        {
            return; // smaps is Linux's; Linux is what CI runs.
        }

        using TempFile file = new();
        file.WritePattern(64 * 4096);
        using MappedFile mapped = MappedFile.Open(file.Path, MapAccess.Read);
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

    /// <summary>The two-letter VmFlags of the mapping (VMA) that contains <paramref name="address"/>.</summary>
    private static string[] VmFlagsAt(nint address)
    {
        ulong target = (ulong)address;
        bool inside = false;
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash
                && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong low)
                && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong high))
            {
                inside = target >= low && target < high;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        throw new InvalidOperationException($"No mapping contains 0x{target:x} in /proc/self/smaps.");
    }
}
