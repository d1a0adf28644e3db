using System;
using System.IO;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Faults;

/// <summary>Every failure names the file: a file too large to map, a length the file system refuses, a permission denied.</summary>
public sealed class FaultMessageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_file_too_large_for_the_address_space_is_an_IOException_naming_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "a sparse 9 TB file needs ext4 or XFS (the temp directory's file system on Linux CI)");
        string path = _dir.File("huge.tbl");
        using (FileStream stream = new(path, FileMode.CreateNew))
        {
            // More than .NET maps on 64-bit Unix (8192e9 bytes), less than ext4's 16 TiB.
            stream.SetLength(9_000_000_000_000);
        }

        IOException file = Assert.Throws<IOException>(() => MappedFile.Open(path));
        IOException table = Assert.Throws<IOException>(() => ReadOnlyMappedTable<Tick>.Open(path));

        Assert.Contains($"'{path}'", file.Message, StringComparison.Ordinal);
        Assert.Contains($"'{path}'", table.Message, StringComparison.Ordinal);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    [Theory]
    [InlineData("open-table")]
    [InlineData("create-table")]
    [InlineData("open-file")]
    public void Permission_denied_names_the_file(string scenario)
    {
        string? whyNot = MountCommands.WhyCannotMount("setpriv");
        Assert.SkipWhen(whyNot is not null, $"running a child as another user needs root and setpriv: {whyNot}");
        string path = _dir.File("ticks.tbl");
        MappedTable<Tick>.Create(path, 16).Dispose();
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(_dir.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        // As nobody the file is readable but not writable, and the directory takes no new file.
        System.Diagnostics.ProcessStartInfo child = ProcessLauncher.DotnetProgram(
            typeof(FaultsChild).Assembly.Location, FaultsChild.Argument, scenario, path, nameof(MapAccess.ReadWrite));
        ProcessOutcome outcome = ProcessLauncher.Run(
            ProcessLauncher.StartInfo("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", child.FileName, .. child.ArgumentList]),
            TimeSpan.FromMinutes(1));

        Assert.True(outcome.ExitCode == 0, $"the child exited {outcome.ExitCode}: {outcome.OutputAndErrors}");
        Assert.StartsWith("UnauthorizedAccessException: ", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"'{path}'", outcome.Output, StringComparison.Ordinal);
    }
}
