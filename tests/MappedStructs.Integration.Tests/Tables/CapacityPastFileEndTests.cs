using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// Growth does not sync the file's new length (the next commit does), so a power loss between the two can leave on disk a
/// header whose capacity (and live count) lie past the file's end. Such a file opens at what it holds when that covers the
/// committed count, serves the committed count until a writer starts, and its next writer lowers the stored capacity; a
/// file that does not hold its committed records is still refused. PowerLossTests makes that state for real on a loop device.
/// </summary>
public sealed class CapacityPastFileEndTests : IDisposable
{
    private const int HeaderBytes = 4096;
    private const int RecordBytes = 24;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_reader_opens_at_what_the_file_holds_and_serves_the_committed_count_leaving_the_file_unchanged()
    {
        string path = CommittedTable(capacity: 4, records: 4);
        AsAfterPowerLoss(path, capacity: 8, liveCount: 6);
        byte[] before = File.ReadAllBytes(path);

        foreach (MapAccess access in new[] { MapAccess.Read, MapAccess.CopyOnWrite, MapAccess.ReadWrite })
        {
            using var table = MappedTable<Tick>.Open(path, access);
            Assert.Equal(4, table.Count);
            Assert.Equal(4, table.Capacity);
            for (int i = 0; i < 4; i++)
            {
                Assert.Equal(Tick.Create(i, i * 7), table[i].Load());
            }
        }

        using (var reader = ReadOnlyMappedTable<Tick>.Open(path))
        {
            Assert.Equal(4, reader.Count);
            Assert.Equal(4, reader.Capacity);
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void The_next_writer_lowers_the_stored_capacity_and_appends_from_the_committed_count()
    {
        string path = CommittedTable(capacity: 4, records: 4);
        AsAfterPowerLoss(path, capacity: 8, liveCount: 6);
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(4, reader.Count);

        using (var writer = MappedTable<Tick>.Open(path, MapAccess.ReadWrite))
        {
            for (int i = 4; i < 20; i++)
            {
                writer.Append(Tick.Create(i, i * 7));
            }

            Assert.Equal(20, writer.Count);
            Assert.True(writer.Capacity >= 20);

            // A reader that opened past the file's end follows the writer once it has started: the count it serves and the
            // capacity it reports are the writer's, its records those the writer wrote.
            Assert.Equal(20, reader.Count);
            Assert.Equal(writer.Capacity, reader.Capacity);
            Assert.Equal(Tick.Create(19, 19 * 7), reader[19].Load());
        }

        using var reopened = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(20, reopened.Count);
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(Tick.Create(i, i * 7), reopened[i].Load());
        }
    }

    [Fact]
    public void A_file_that_does_not_hold_its_committed_records_is_refused_as_cut_short()
    {
        string path = CommittedTable(capacity: 4, records: 4);
        AsAfterPowerLoss(path, capacity: 8, liveCount: 4);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(HeaderBytes + (3 * RecordBytes));
        }

        foreach (MapAccess access in new[] { MapAccess.Read, MapAccess.CopyOnWrite, MapAccess.ReadWrite })
        {
            InvalidTableFileException e = Assert.Throws<InvalidTableFileException>(() => MappedTable<Tick>.Open(path, access));
            Assert.Equal(TableFileProblem.CapacityBeyondFile, e.Problem);
            Assert.Contains("4 committed records", e.Message, StringComparison.Ordinal);
            Assert.Contains("cut short", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_capacity_past_the_file_found_while_the_table_is_open_is_still_refused()
    {
        // While the table is open its writer lengthens the file before storing a capacity: a capacity past the end then is
        // damage, not a power loss's, and Capacity refuses it as before.
        string path = CommittedTable(capacity: 4, records: 4);
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        AsAfterPowerLoss(path, capacity: 8, liveCount: 4);
        Assert.Equal(TableFileProblem.CapacityBeyondFile, Assert.Throws<InvalidTableFileException>(() => reader.Capacity).Problem);
    }

    private string CommittedTable(long capacity, long records)
    {
        string path = _dir.File($"ticks-{Guid.NewGuid():N}.tbl");
        using var table = MappedTable<Tick>.Create(path, capacity);
        for (long i = 0; i < records; i++)
        {
            table.Append(Tick.Create(i, i * 7));
        }

        Assert.Equal(HeaderBytes + (capacity * RecordBytes), new FileInfo(path).Length);
        return path;
    }

    // The header page as a power loss after an unsynced growth can leave it: the capacity and live count of the grown
    // table, the file's length and commit records from before. Neither field is under the header's checksum.
    private static void AsAfterPowerLoss(string path, long capacity, long liveCount)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        stream.Position = TableFileBytes.Capacity;
        stream.Write(BitConverter.GetBytes(capacity));
        stream.Position = TableFileBytes.Count;
        stream.Write(BitConverter.GetBytes(liveCount));
    }
}
