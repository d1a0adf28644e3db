using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using MappedStructs.TestSupport;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// A replacement's rename is made durable: after renaming the new file over the path, its directory is opened and
/// fsynced (POSIX persists a directory entry only then), seen in the system calls of a child process under strace.
/// </summary>
public sealed partial class ReplacementDurabilityTests
{
    [Fact]
    public void Create_fsyncs_the_directory_after_renaming_the_new_file_over_the_path()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "strace, which shows the system calls, is Linux's.");
        string? strace = new[] { "/usr/bin/strace", "/bin/strace" }.FirstOrDefault(File.Exists);
        Assert.SkipWhen(strace is null, "strace is not installed; it is how this test sees the rename and the directory's fsync.");

        using TempFile file = new();
        file.WritePattern(100);
        string log = Path.Combine(file.DirectoryPath, "strace.log");
        ProcessStartInfo child = ProcessLauncher.DotnetProgram(
            Path.Combine(AppContext.BaseDirectory, "MappedStructs.TestChild.dll"), "create", file.Path, "8192");
        ProcessStartInfo traced = ProcessLauncher.StartInfo(
            strace!, ["-f", "-qq", "-e", "trace=open,openat,fsync,rename,renameat,renameat2", "-o", log, child.FileName, .. child.ArgumentList]);
        ProcessOutcome outcome = ProcessLauncher.Run(traced, TimeSpan.FromMinutes(2));
        Assert.SkipWhen(
            outcome.ExitCode != 0 && outcome.Errors.Contains("ptrace", StringComparison.Ordinal),
            "strace may not trace here (ptrace is refused in this container): " + outcome.Errors);
        Assert.True(outcome.ExitCode == 0, outcome.OutputAndErrors);
        Assert.Equal(8192, new FileInfo(file.Path).Length);

        string[] calls = File.ReadAllLines(log);
        int rename = Array.FindIndex(calls, line => line.Contains("rename", StringComparison.Ordinal)
            && line.Contains($"\"{file.Path}\"", StringComparison.Ordinal) && line.EndsWith("= 0", StringComparison.Ordinal));
        Assert.True(rename >= 0, "no rename over the path:\n" + string.Join('\n', calls));
        string directoryOpened = Regex.Escape($"\"{file.DirectoryPath}\"");
        int[] directoryDescriptors = calls.Skip(rename + 1)
            .Select(line => Regex.Match(line, @"open(at)?\(.*" + directoryOpened + @", O_RDONLY[^)]*\) = (\d+)$"))
            .Where(match => match.Success)
            .Select(match => int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        Assert.True(directoryDescriptors.Length > 0, "the directory is not opened after the rename:\n" + string.Join('\n', calls[rename..]));
        Assert.Contains(calls.Skip(rename + 1), line => directoryDescriptors.Any(fd => line.Contains($"fsync({fd})", StringComparison.Ordinal)));
    }
}
