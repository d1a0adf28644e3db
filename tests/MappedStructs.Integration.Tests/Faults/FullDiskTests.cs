using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Faults;

/// <summary>
/// A full disk is an <see cref="IOException"/> naming the file where space is asked for (Create, EnsureCapacity, the growth
/// inside Append), never a SIGBUS at the first write into a page the file system cannot back. The scenarios that used to kill
/// the process (exit 134/135) run in a child, so a regression fails the test instead of ending the test host.
/// </summary>
public sealed class FullDiskTests
{
    private const int MiB = 1024 * 1024;
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void Creating_a_file_larger_than_a_small_tmpfs_throws_IOException_instead_of_dying_at_a_write()
    {
        SkipUnlessAvailable(TmpfsMount.WhyUnavailable);
        using TmpfsMount fileSystem = new(4);
        AssertCreateRefused(fileSystem.Path, fileSystem.File("big.bin"), 8L * MiB);
    }

    [Fact]
    public void Creating_a_file_larger_than_a_small_ext4_image_throws_IOException_instead_of_dying_at_a_write()
    {
        SkipUnlessAvailable(ScratchExt4.WhyUnavailable);
        using ScratchExt4 fileSystem = new(16);
        AssertCreateRefused(fileSystem.Path, fileSystem.File("big.bin"), 32L * MiB);
    }

    [Fact]
    public void Appending_until_a_tmpfs_is_full_throws_IOException_and_the_table_stays_usable()
    {
        SkipUnlessAvailable(TmpfsMount.WhyUnavailable);
        using TmpfsMount fileSystem = new(4);
        AssertFillStopsCleanly(fileSystem.File("ticks.tbl"));
    }

    [Fact]
    public void Appending_until_an_ext4_image_is_full_throws_IOException_and_the_table_stays_usable()
    {
        SkipUnlessAvailable(ScratchExt4.WhyUnavailable);
        using ScratchExt4 fileSystem = new(16);
        AssertFillStopsCleanly(fileSystem.File("ticks.tbl"));
    }

    [Fact]
    public void Growth_that_finds_no_space_keeps_the_file_length_and_the_mapping()
    {
        SkipUnlessAvailable(TmpfsMount.WhyUnavailable);
        using TmpfsMount fileSystem = new(4);
        string path = fileSystem.File("grow.bin");
        using var file = MappedFile.Create(path, MiB);
        using MappedView view = file.CreateView();
        view.Write(MiB - sizeof(long), 42L);

        IOException e = Assert.Throws<IOException>(() => file.EnsureCapacity(8L * MiB));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(MiB, file.Length);
        Assert.Equal(MiB, file.GetFileLength());
        Assert.Equal(42L, view.Read<long>(MiB - sizeof(long)));
        file.EnsureCapacity(2L * MiB);
        using MappedView grown = file.CreateView();
        grown.Write((2L * MiB) - sizeof(long), 7L);
        Assert.Equal(7L, grown.Read<long>((2L * MiB) - sizeof(long)));
    }

    private static void AssertCreateRefused(string directory, string path, long bytes)
    {
        ProcessOutcome outcome = FaultsChild.Start(s_timeout, "fill-file", path, bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Exit 134/135 is the SIGBUS a sparse file gave at the first page the full file system could not back.
        Assert.True(outcome.ExitCode == 0, $"the child exited {outcome.ExitCode}: {outcome.OutputAndErrors}");
        Assert.StartsWith("IOException: ", outcome.Output, StringComparison.Ordinal);
        Assert.Contains(path, outcome.Output, StringComparison.Ordinal);
        Assert.Contains("ENOSPC", outcome.Output, StringComparison.Ordinal);
        // ext4 keeps its lost+found; nothing else may remain, no file and no temporary file.
        Assert.All(Directory.GetFileSystemEntries(directory), entry => Assert.Equal("lost+found", Path.GetFileName(entry)));
    }

    private static void AssertFillStopsCleanly(string path)
    {
        ProcessOutcome outcome = FaultsChild.Start(s_timeout, "fill-table", path);

        Assert.True(outcome.ExitCode == 0, $"the child exited {outcome.ExitCode}: {outcome.OutputAndErrors}");
        Assert.StartsWith("IOException after ", outcome.Output, StringComparison.Ordinal);
        Assert.Contains(path, outcome.Output, StringComparison.Ordinal);
        Assert.Contains("usable count ", outcome.Output, StringComparison.Ordinal);
    }

    private static void SkipUnlessAvailable(string? whyNot) => Assert.SkipWhen(whyNot is not null, whyNot ?? string.Empty);
}
