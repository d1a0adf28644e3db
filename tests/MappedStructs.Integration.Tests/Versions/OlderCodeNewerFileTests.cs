using System;
using System.Diagnostics;
using System.Globalization;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Versions;

/// <summary>
/// Code of version 1 opening files written by versions 2 and 3: it reads the prefix it knows at the file's stride (SBE's
/// block length), refuses to append (its records would leave the newer fields undefined), and follows a version-2 writer
/// in another process.
/// </summary>
public sealed class OlderCodeNewerFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string WriteVersionThree(int records)
    {
        string path = _dir.File("quotes-v3.tbl");
        using var table = MappedTable<V3.Quote>.Create(path, records);
        for (int i = 0; i < records; i++)
        {
            table.Append(new V3.Quote { Id = i, Price = i + 0.25, Quantity = i * 2, VenueId = 40 + i, Sequence = 900 + i });
        }

        return path;
    }

    [Fact]
    public void Version_one_code_reads_the_prefix_of_version_three_records_at_their_stride()
    {
        string path = WriteVersionThree(5);
        using var table = ReadOnlyMappedTable<V1.Quote>.Open(path);
        Assert.Equal(5, table.Count);
        for (int i = 0; i < 5; i++)
        {
            // Legacy is deprecated in version 3, whose Store keeps its bytes at the declared default for older readers.
            Assert.Equal(new V1.Quote { Id = i, Px = i + 0.25, Quantity = i * 2, Legacy = -1 }, table[i].Load());
        }

        int seen = 0;
        foreach (V1.Quote.ReadOnlyRef quote in table)
        {
            Assert.Equal(seen * 2, quote.Quantity);
            seen++;
        }

        Assert.Equal(5, seen);
    }

    [Fact]
    public void Version_two_code_reads_version_three_records_with_their_added_field()
    {
        string path = WriteVersionThree(3);
        using var table = ReadOnlyMappedTable<V2.Quote>.Open(path);
        Assert.Equal(41L, table[1].Load().VenueId);
    }

    [Fact]
    public void Version_one_code_refuses_to_append_to_a_newer_file_and_says_why()
    {
        string path = WriteVersionThree(1);
        using var table = MappedTable<V1.Quote>.Open(path, MapAccess.ReadWrite);
        InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(() => table.Append(default));
        Assert.Contains("layout version 3", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("undefined", thrown.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => table.AppendRange([default(V1.Quote)]));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void A_version_one_reader_process_follows_a_version_two_writer()
    {
        Assert.SkipWhen(Wine.IsRunning, "Wine lengthens a file in two steps, which a reader can observe as a transient length (see CrossProcessTableTests).");
        const long Records = 50_000;
        string path = _dir.File("shared-v2.tbl");
        using var table = MappedTable<V2.Quote>.Create(path, 16);
        using Process child = ProcessLauncher.Start(ProcessLauncher.DotnetProgram(
            typeof(VersionedReaderChild).Assembly.Location,
            VersionedReaderChild.Argument,
            path,
            Records.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("opened at count 0", child.StandardOutput.ReadLine());
        for (long i = 0; i < Records; i++)
        {
            table.Append(VersionedReaderChild.Record(i));
        }

        (int exitCode, string? output, string? errors) = ProcessLauncher.Finish(child, TimeSpan.FromMinutes(5));
        Assert.True(exitCode == 0, $"child exited {exitCode}: {output} {errors}");
        Assert.StartsWith($"verified {Records} records", output, StringComparison.Ordinal);
    }
}
