using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// Truncate, Clear and TrimExcess while a reader in another process keeps reading the records it counted when it opened
/// the table (<see cref="TableHoldingReaderChild"/>): it must never fault or see a damaged record. The control test
/// shortens the file in place, which kills that same reader, so the other tests can fail.
/// </summary>
public sealed class TableShrinkCrossProcessTests : IDisposable
{
    private const int Records = 2000;
    private const int Kept = 500;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Truncate_and_Clear_keep_a_reader_in_another_process_reading_whole_records()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, Enumerable.Range(0, Records).Select(i => i * 3L).ToArray(), spare: Records);
        long length = new FileInfo(table.Path).Length;
        using Process child = StartReader(table.Path, out string stopFile);

        table.Truncate(Kept);
        table.Clear();
        File.WriteAllText(stopFile, "stop");
        (int exitCode, string? output, string? errors) = ProcessLauncher.Finish(child, TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, $"child exited {exitCode}: {output} {errors}");
        Assert.EndsWith($"of {Records} records; count now 0", output!.Trim(), StringComparison.Ordinal);
        Assert.Equal(length, new FileInfo(table.Path).Length);
    }

    [Fact]
    public void TrimExcess_leaves_a_reader_in_another_process_on_the_old_file()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "TrimExcess renames over the file, which Windows refuses while the file is mapped.");
        using MappedTable<Tick> table = TickTables.Create(_dir, Enumerable.Range(0, Records).Select(i => i * 3L).ToArray(), spare: Records);
        using Process child = StartReader(table.Path, out string stopFile);

        table.Truncate(Kept);
        table.TrimExcess();
        File.WriteAllText(stopFile, "stop");
        (int exitCode, string? output, string? errors) = ProcessLauncher.Finish(child, TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, $"child exited {exitCode}: {output} {errors}");
        Assert.EndsWith($"of {Records} records; count now {Kept}", output!.Trim(), StringComparison.Ordinal);
        Assert.Equal(4096 + (Kept * 24), new FileInfo(table.Path).Length);
    }

    [Fact]
    public void Control_shortening_the_file_in_place_kills_that_reader()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows refuses to shorten a mapped file, so there is no fault to show.");
        string path;
        using (MappedTable<Tick> table = TickTables.Create(_dir, Enumerable.Range(0, Records).Select(i => i * 3L).ToArray()))
        {
            path = table.Path;
        }

        using Process child = StartReader(path, out string stopFile);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            stream.SetLength(4096 + (Kept * 24));
        }

        File.WriteAllText(stopFile, "stop");
        (int exitCode, string? output, _) = ProcessLauncher.Finish(child, TimeSpan.FromMinutes(3));

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("verified", output ?? string.Empty, StringComparison.Ordinal);
    }

    private Process StartReader(string path, out string stopFile)
    {
        stopFile = _dir.File($"stop-{Guid.NewGuid():N}");
        Process child = ProcessLauncher.Start(ProcessLauncher.DotnetProgram(
            typeof(TableHoldingReaderChild).Assembly.Location, TableHoldingReaderChild.Argument, path, stopFile));
        string? opened = child.StandardOutput.ReadLine();
        Assert.Equal($"opened at count {Records.ToString(CultureInfo.InvariantCulture)}", opened);
        return child;
    }
}
