using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.Versioning;
using System.Text;
using MappedStructs.TestSupport;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// A process whose address space is smaller than a file: windowed mode scans the file, a whole-file mapping is refused
/// with an IOException naming the file (the child prints it and exits 2; a crash would be another exit code).
/// </summary>
public sealed class AddressSpaceLimitTests
{
    private const long EightGiB = 8L << 30;

    // About 3 GiB of address space, what a 32-bit process has.
    private const long AddressSpaceKiB = 3L << 20;

    // The GC reserves address space in proportion to its heap limit, by default far more than 3 GiB; a hard limit of
    // 256 MiB keeps the reservation small so the runtime starts whatever the GC version does (.NET 10.0.401 on the
    // machine these tests were written on started under this ulimit with or without it).
    private const string GcHeapHardLimit = "0x10000000";

    private static readonly TimeSpan s_scanTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    [SupportedOSPlatform("linux")] // tells the platform analyzer what the skip below ensures
    public void Under_a_3_GiB_address_space_limit_a_windowed_scan_finds_a_pattern_past_6_GiB_of_a_sparse_8_GiB_file()
    {
        Assert.SkipUnless(
            OperatingSystem.IsLinux(),
            "The address space is limited with bash's ulimit -v (RLIMIT_AS); Windows has no such per-process limit to set from outside.");

        using TempFile file = new("sparse-8g.bin");
        const string Pattern = "NEEDLE-PAST-6-GIB";
        long plantedAt = (6L << 30) + 12_345;
        CreateSparse(file.Path, plantedAt, Pattern);

        ProcessOutcome windowed = RunLimited(file.Path, Pattern, (64L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(windowed.ExitCode == 0, $"the windowed child exited {windowed.ExitCode}: {windowed.OutputAndErrors}");
        Assert.StartsWith($"found {plantedAt} windows ", windowed.Output, StringComparison.Ordinal);

        ProcessOutcome whole = RunLimited(file.Path, Pattern, "whole");
        Assert.True(whole.ExitCode == 2, $"mapping the whole file should be refused with an exception, not end the process; it exited {whole.ExitCode}: {whole.OutputAndErrors}");
        Assert.StartsWith($"refused IOException: Cannot map {EightGiB} bytes of '{file.Path}' with MapAccess.Read: ", whole.Output, StringComparison.Ordinal);
    }

    /// <summary>An 8 GiB file with no blocks but the one holding <paramref name="pattern"/>: a seek, a write and a length.</summary>
    private static void CreateSparse(string path, long at, string pattern)
    {
        using FileStream stream = new(path, FileMode.CreateNew, FileAccess.Write);
        stream.Position = at;
        stream.Write(Encoding.UTF8.GetBytes(pattern));
        stream.SetLength(EightGiB);
    }

    /// <summary>Runs the child's <c>find</c> command under <c>ulimit -v</c>, with the GC's heap limit set so the runtime fits.</summary>
    private static ProcessOutcome RunLimited(string path, string pattern, string window)
    {
        string childDll = Path.Combine(AppContext.BaseDirectory, "MappedStructs.TestChild.dll");
        ProcessStartInfo child = ProcessLauncher.DotnetProgram(childDll, "find", path, pattern, window);
        ProcessStartInfo limited = ProcessLauncher.StartInfo(
            "bash", ["-c", $"ulimit -v {AddressSpaceKiB} && exec \"$0\" \"$@\"", child.FileName, .. child.ArgumentList]);
        limited.Environment["DOTNET_GCHeapHardLimit"] = GcHeapHardLimit;
        return ProcessLauncher.Run(limited, s_scanTimeout);
    }
}
