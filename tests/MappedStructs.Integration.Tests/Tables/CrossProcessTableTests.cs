using System;
using System.Diagnostics;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

public sealed class CrossProcessTableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_reader_process_never_sees_a_half_written_record_while_the_writer_appends_and_grows()
    {
        // Wine's server lengthens a file in two steps (grow_file: pwrite of one zero byte at the new length, then ftruncate
        // back to it; strace of wineserver shows the pair for every SetLength here), so another handle can read a length one
        // byte longer than any SetLength asked for and then see it shrink. The reader maps that length, MemoryMappedFile
        // reads the true one a moment later and refuses a read-only capacity beyond it. A standalone win-x64 program (one
        // thread calling SetLength in 4096-byte steps, another polling RandomAccess.GetLength) sees such lengths thousands
        // of times per run under Wine 8 and never on Linux; NTFS sets the end of file in one step, so Windows is not affected.
        Assert.SkipWhen(
            Wine.IsRunning,
            "Wine extends a file by writing one byte past the new length and truncating back (wineserver grow_file), so the reader can read a length 1 byte too long and MemoryMappedFile then refuses the mapping; Windows sets the length in one step.");
        const long Records = 300_000;
        string path = _dir.File("shared.tbl");
        using var table = MappedTable<Tick>.Create(path, 16);

        using Process child = ProcessLauncher.Start(ProcessLauncher.DotnetProgram(
            typeof(TableReaderChild).Assembly.Location,
            TableReaderChild.Argument,
            path,
            Records.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Append only once the child has mapped the empty table, so it must follow every growth.
        string? opened = child.StandardOutput.ReadLine();
        Assert.Equal("opened at count 0 capacity 16", opened);

        // Appending from 16 records of capacity up to 300,000 forces about 15 doublings while the child reads, so the
        // child also exercises remapping after growth by another process.
        for (long i = 0; i < Records; i++)
        {
            table.Append(Tick.Create(i, i * 31));
        }

        (int exitCode, string? output, string? errors) = ProcessLauncher.Finish(child, TimeSpan.FromMinutes(5));

        Assert.True(exitCode == 0, $"child exited {exitCode}: {output} {errors}");
        Assert.StartsWith($"verified {Records} records", output, StringComparison.Ordinal);
        Assert.True(table.Capacity >= Records);
    }
}
