using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Faults;

/// <summary>
/// Only regular files are mapped: a FIFO, a device or a socket is refused with an <see cref="IOException"/> naming the file
/// and its kind before anything could block. The FIFO opens run in a child with a timeout, so a regression (an open that
/// waits for a writer forever) fails the test instead of hanging the run.
/// </summary>
public sealed class NonRegularFileTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("open-file", MapAccess.Read)]
    [InlineData("open-file", MapAccess.CopyOnWrite)]
    [InlineData("open-file", MapAccess.ReadWrite)]
    [InlineData("open-table", MapAccess.Read)]
    [InlineData("open-table", MapAccess.ReadWrite)]
    public void A_FIFO_is_refused_without_blocking(string scenario, MapAccess access)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs are a Unix file type");
        string fifo = _dir.File("pipe");
        MountCommands.Run("mkfifo", fifo);

        ProcessOutcome outcome = FaultsChild.Start(s_timeout, scenario, fifo, access.ToString());

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal($"IOException: Cannot map '{fifo}': it is a FIFO (named pipe), not a regular file; only regular files can be mapped.", outcome.Output.Trim());
    }

    [Theory]
    [InlineData(MapAccess.Read)]
    [InlineData(MapAccess.CopyOnWrite)]
    [InlineData(MapAccess.ReadWrite)]
    public void A_device_is_refused_naming_its_kind(MapAccess access)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "/dev/zero is a Unix character device");

        IOException file = Assert.Throws<IOException>(() => MappedFile.Open("/dev/zero", access));
        IOException table = Assert.Throws<IOException>(() => MappedTable<Tables.Tick>.Open("/dev/zero", access));

        Assert.Contains("'/dev/zero': it is a character device", file.Message, StringComparison.Ordinal);
        Assert.Equal(file.Message, table.Message);
    }
}
