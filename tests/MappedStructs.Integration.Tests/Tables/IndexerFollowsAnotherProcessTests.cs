using System;
using System.Globalization;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// What a reader's indexer serves for an index between the count it last saw and a count another process has since
/// published (docs/tables.md, "What the indexer sees of another process's appends"): it reads the header again, remapping
/// when the writer grew the file past this reader's mapping, and serves the record; beyond the new count it throws.
/// </summary>
public sealed class IndexerFollowsAnotherProcessTests : IDisposable
{
    private const long Appended = 5000;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_indexer_serves_a_record_another_process_appended_past_this_readers_mapping_without_a_Count_read()
    {
        string path = CreateTableWithOneRecord();
        int remaps = 0;
        using var reader = ReadOnlyMappedTable<Tick>.Open(path, new TableStorageHooks { BetweenCapacityAndLengthReads = () => remaps++ });
        Assert.Equal(Tick.Create(0, 0), reader[0].Load());

        AppendInAnotherProcess(path, Appended);

        // The reader mapped room for 2 records; the other process grew the file to 8192 and published 5001.
        long last = Appended;
        Assert.Equal(Tick.Create(last, last * 31), reader[last].Load());
        Assert.Equal(1, remaps);
        Assert.Equal(Tick.Create(4096, 4096 * 31), reader[4096].Load());
        Assert.Equal(1, remaps);
    }

    [Fact]
    public void Beyond_the_count_another_process_published_the_indexer_throws_naming_the_file_and_the_new_count()
    {
        string path = CreateTableWithOneRecord();
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(1, reader.Count);

        AppendInAnotherProcess(path, Appended);

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => reader[Appended + 1].Bytes.Length);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains($"has {Appended + 1} records", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => reader[-1].Bytes.Length);
    }

    [Fact]
    public void A_from_end_index_and_a_writable_tables_indexer_follow_another_processs_appends_as_well()
    {
        string path = CreateTableWithOneRecord();
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        using var readWrite = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
        Assert.Equal(Tick.Create(0, 0), reader[^1].Load());
        Assert.Equal(Tick.Create(0, 0), readWrite.GetReadOnly(0).Load());

        AppendInAnotherProcess(path, Appended);

        Assert.Equal(Tick.Create(Appended, Appended * 31), reader[^1].Load());
        Assert.Equal(Tick.Create(Appended, Appended * 31), readWrite[Appended].Load());
        Assert.Equal(Tick.Create(Appended - 1, (Appended - 1) * 31), readWrite.GetReadOnly(Appended - 1).Load());
    }

    private string CreateTableWithOneRecord()
    {
        string path = _dir.File("shared.tbl");
        using var table = MappedTable<Tick>.Create(path, 2);
        table.Append(Tick.Create(0, 0));
        return path;
    }

    private static void AppendInAnotherProcess(string path, long records)
    {
        ProcessOutcome outcome = ProcessLauncher.Run(
            ProcessLauncher.DotnetProgram(
                typeof(TableAppenderChild).Assembly.Location,
                TableAppenderChild.Argument,
                path,
                records.ToString(CultureInfo.InvariantCulture)),
            TimeSpan.FromMinutes(2)).EnsureSuccess("the appender process");
        Assert.Equal($"appended {(records + 1).ToString(CultureInfo.InvariantCulture)}", outcome.Output.Trim());
    }
}
