using System;
using System.Diagnostics;
using System.IO;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Faults;

/// <summary>
/// Create over an existing file builds the new file beside it and renames it over the old one: a process that maps the old
/// file keeps its bytes (no SIGBUS, no new table's records), and a Create that fails leaves the old file and no temporary file.
/// </summary>
public sealed class SafeReplaceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Replacing_a_table_another_process_reads_leaves_that_reader_the_old_records()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows refuses to replace a file another process maps (tested as an IOException where Windows runs).");
        string path = _dir.File("ticks.tbl");
        using (var original = MappedTable<Tick>.Create(path, 16))
        {
            for (long i = 0; i < 5000; i++)
            {
                original.Append(Tick.Create(i, i));
            }
        }

        ProcessStartInfo start = ProcessLauncher.DotnetProgram(typeof(FaultsChild).Assembly.Location, FaultsChild.Argument, "hold-table", path);
        start.RedirectStandardInput = true;
        using Process reader = ProcessLauncher.Start(start);
        Assert.Equal("opened 5000", reader.StandardOutput.ReadLine());

        using (var replacement = MappedTable<Tick>.Create(path, 16))
        {
            replacement.Append(Tick.Create(99, 99));
        }

        reader.StandardInput.WriteLine("go");
        reader.StandardInput.Flush();
        ProcessOutcome outcome = ProcessLauncher.Finish(reader, TimeSpan.FromMinutes(2));

        // A truncating Create made this reader die of SIGBUS (exit 135) or read the new table's zeros and records.
        Assert.True(outcome.ExitCode == 0, $"the reader exited {outcome.ExitCode}: {outcome.OutputAndErrors}");
        Assert.Equal("intact 5000 count now 5000", outcome.Output.Trim());
        using var reopened = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public void Replacing_a_mapped_file_leaves_existing_views_their_bytes()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows refuses to replace a mapped file: the IOException is what it promises there.");
        string path = _dir.File("data.bin");
        using var old = MappedFile.Create(path, 8192);
        using MappedView oldView = old.CreateView();
        oldView.Write(8192 - sizeof(long), 1234L);

        using var replacement = MappedFile.Create(path, 8192);

        Assert.Equal(1234L, oldView.Read<long>(8192 - sizeof(long)));
        using MappedView newView = replacement.CreateView();
        Assert.Equal(0L, newView.Read<long>(8192 - sizeof(long)));
    }

    [Fact]
    public void A_Create_that_fails_leaves_the_old_table_and_no_temporary_file()
    {
        string path = _dir.File("ticks.tbl");
        using (var original = MappedTable<Tick>.Create(path, 16))
        {
            original.Append(Tick.Create(0, 5));
        }

        // 2^45 records of 24 bytes are far past any file system's largest file and any address space.
        Assert.Throws<IOException>(() => MappedTable<Tick>.Create(path, 1L << 45));

        Assert.Equal([path], Directory.GetFileSystemEntries(_dir.Path));
        using var table = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(1, table.Count);
        Assert.Equal(5, table[0].Load().Value);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    [Fact]
    public void Replacing_through_a_symbolic_link_replaces_its_target_and_keeps_the_link_and_permissions()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permission bits and symbolic links without developer mode.");
        string target = _dir.File("ticks.tbl");
        string link = _dir.File("link.tbl");
        MappedTable<Tick>.Create(target, 16).Dispose();
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        File.CreateSymbolicLink(link, target);

        using (var replaced = MappedTable<Tick>.Create(link, 16))
        {
            replaced.Append(Tick.Create(0, 1));
        }

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(target));
        using var table = ReadOnlyMappedTable<Tick>.Open(target);
        Assert.Equal(1, table.Count);
        Assert.Equal(2, Directory.GetFileSystemEntries(_dir.Path).Length);
    }
}
