using System;
using System.IO;
using MappedStructs.TestSupport;
using static MappedStructs.Integration.Tests.Tables.TableFileBytes;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// The commit protocol within one process: what a file left by a writer that never committed its last appends opens
/// with, how a new writer resumes, what Flush and Dispose write, and how damaged commit records are handled.
/// </summary>
public sealed class CommitProtocolTests : IDisposable
{
    private static readonly MapAccess[] s_accesses = [MapAccess.Read, MapAccess.ReadWrite, MapAccess.CopyOnWrite];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// The bytes of a table whose writer appended <paramref name="committed"/> records, flushed, appended up to
    /// <paramref name="published"/> and then died: what the page cache held (the live count covers every append).
    /// </summary>
    private byte[] FileOfACrashedWriter(long committed, long published, long capacity = 16)
    {
        string path = _dir.File("writer.tbl");
        using var writer = MappedTable<Tick>.Create(path, capacity);
        for (long i = 0; i < published; i++)
        {
            writer.Append(Tick.Create(i, i * 31));
            if (i + 1 == committed)
            {
                writer.Flush();
            }
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void A_table_whose_writer_died_opens_with_the_committed_count_not_the_live_one()
    {
        string path = _dir.File("crashed.tbl");
        byte[] crashed = FileOfACrashedWriter(committed: 3, published: 5);
        Assert.Equal(5, BitConverter.ToInt64(crashed, Count));
        File.WriteAllBytes(path, crashed);

        foreach (MapAccess access in s_accesses)
        {
            using var table = MappedTable<Tick>.Open(path, access);
            Assert.Equal(3, table.Count);
            Assert.Throws<ArgumentOutOfRangeException>(() => table.GetReadOnly(3));
            long n = 0;
            foreach (ReadOnlyMappedRecord<Tick> record in table)
            {
                Assert.Equal(Tick.Create(n, n * 31), record.Load());
                n++;
            }

            Assert.Equal(3, n);
        }

        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(3, reader.Count);
        Assert.Equal(crashed, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_truncation_is_committed_at_once_so_a_crash_after_it_never_brings_back_records_later_appends_overwrote()
    {
        string path = _dir.File("truncated.tbl");
        byte[] crashed;
        using (var writer = MappedTable<Tick>.Create(Path.Combine(_dir.Path, "writer.tbl"), 16))
        {
            for (long i = 0; i < 8; i++)
            {
                writer.Append(Tick.Create(i, i * 31));
            }

            writer.Flush();                                   // commits 8
            writer.Truncate(2);
            writer.Append(Tick.Create(100, 7));               // overwrites record 2, not committed

            // What the page cache holds while the writer lives: the state a crash leaves.
            using var stream = new FileStream(writer.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            crashed = new byte[stream.Length];
            stream.ReadExactly(crashed);
        }

        File.WriteAllBytes(path, crashed);
        using var table = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(2, table.Count);                          // the truncation's commit, never the earlier 8
        Assert.Equal(Tick.Create(1, 31), table[1].Load());
    }

    [Fact]
    public void A_new_writer_resumes_at_the_committed_count_and_a_reader_opened_before_it_follows_its_appends()
    {
        string path = _dir.File("crashed.tbl");
        File.WriteAllBytes(path, FileOfACrashedWriter(committed: 3, published: 5));
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(3, reader.Count);

        using (var writer = MappedTable<Tick>.Open(path, MapAccess.ReadWrite))
        {
            Assert.Equal(3, writer.Append(Tick.Create(3, 1000)));
            Assert.Equal(4, writer.Count);
            Assert.Equal(4, reader.Count);
            Assert.Equal(Tick.Create(3, 1000), reader[3].Load());
        }

        using var reopened = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(4, reopened.Count);
    }

    [Fact]
    public void A_copy_on_write_table_of_a_crashed_file_appends_after_the_committed_count()
    {
        string path = _dir.File("crashed.tbl");
        File.WriteAllBytes(path, FileOfACrashedWriter(committed: 3, published: 5));
        using var table = MappedTable<Tick>.Open(path, MapAccess.CopyOnWrite);

        Assert.Equal(3, table.Append(Tick.Create(3, 7)));
        Assert.Equal(4, table.Count);
        Assert.Equal(Tick.Create(3, 7), table.GetReadOnly(3).Load());
    }

    [Fact]
    public void A_reader_opened_while_the_writer_lives_sees_appends_that_are_not_committed()
    {
        string path = _dir.File("live.tbl");
        using var writer = MappedTable<Tick>.Create(path, 16);
        writer.Append(Tick.Create(0, 0));
        writer.Flush();
        writer.Append(Tick.Create(1, 31));
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);

        Assert.Equal(2, reader.Count);
        writer.Append(Tick.Create(2, 62));
        Assert.Equal(3, reader.Count);
    }

    [Fact]
    public void Flush_commits_the_count_with_the_writer_marked_active_and_Dispose_commits_it_marked_inactive()
    {
        string path = _dir.File("t.tbl");
        var writer = MappedTable<Tick>.Create(path, 16);
        (ulong created, long createdCount, bool createdActive) = CommitRecordBytes.Newest(ReadShared(path))!.Value;
        Assert.Equal((0L, false), (createdCount, createdActive));

        writer.Append(Tick.Create(0, 0));
        writer.Append(Tick.Create(1, 31));
        (ulong started, long startedCount, bool startedActive) = CommitRecordBytes.Newest(ReadShared(path))!.Value;
        Assert.Equal((created + 1, 0L, true), (started, startedCount, startedActive));

        writer.Flush();
        Assert.Equal((started + 1, 2L, true), CommitRecordBytes.Newest(ReadShared(path)));

        writer.Flush();
        Assert.Equal((started + 1, 2L, true), CommitRecordBytes.Newest(ReadShared(path)));

        writer.Append(Tick.Create(2, 62));
        writer.Dispose();
        Assert.Equal((started + 2, 3L, false), CommitRecordBytes.Newest(File.ReadAllBytes(path)));
        Assert.Equal(2u, BitConverter.ToUInt32(File.ReadAllBytes(path), VersionOffset));
    }

    [Fact]
    public void A_damaged_newest_commit_record_falls_back_to_the_one_before()
    {
        string path = _dir.File("t.tbl");
        using (var writer = MappedTable<Tick>.Create(path, 16))
        {
            writer.Append(Tick.Create(0, 0));
            writer.Append(Tick.Create(1, 31));
            writer.Flush();
            writer.Append(Tick.Create(2, 62));
        }

        byte[] bytes = File.ReadAllBytes(path);
        (ulong newest, long count, _) = CommitRecordBytes.Newest(bytes)!.Value;
        Assert.Equal(3, count);
        bytes[CommitRecordBytes.SlotOffset(4096, (int)(newest % 2)) + 9] ^= 0x40;
        File.WriteAllBytes(path, bytes);

        foreach (MapAccess access in s_accesses)
        {
            using var table = MappedTable<Tick>.Open(path, access);
            Assert.Equal(2, table.Count);
        }
    }

    [Fact]
    public void Both_commit_records_damaged_is_refused_as_a_checksum_mismatch_and_the_file_is_left_as_it_was()
    {
        string path = _dir.File("t.tbl");
        byte[] bytes = BadHeaderTests.ValidTableBytes();
        bytes[CommitRecordBytes.SlotOffset(4096, 0) + 3] ^= 1;
        bytes[CommitRecordBytes.SlotOffset(4096, 1) + 3] ^= 1;
        File.WriteAllBytes(path, bytes);

        foreach (MapAccess access in s_accesses)
        {
            InvalidTableFileException e = Assert.ThrowsAny<InvalidTableFileException>(() => MappedTable<Tick>.Open(path, access));
            Assert.Equal(TableFileProblem.ChecksumMismatch, e.Problem);
            Assert.Contains("commit record", e.Message, StringComparison.Ordinal);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_committed_count_above_the_capacity_is_refused()
    {
        string path = _dir.File("t.tbl");
        byte[] bytes = BadHeaderTests.ValidTableBytes();
        (ulong newest, _, _) = CommitRecordBytes.Newest(bytes)!.Value;
        CommitRecordBytes.Write(bytes, newest + 1, 5, writerActive: false);
        File.WriteAllBytes(path, bytes);

        InvalidTableFileException e = Assert.ThrowsAny<InvalidTableFileException>(() => ReadOnlyMappedTable<Tick>.Open(path));
        Assert.Equal(TableFileProblem.CountAboveCapacity, e.Problem);

        // The near miss: the capacity itself is a valid committed count.
        CommitRecordBytes.Write(bytes, newest + 1, 4, writerActive: false);
        File.WriteAllBytes(path, bytes);
        using var table = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(4, table.Count);
    }

    [Fact]
    public void A_version_2_layout_text_reaching_into_the_commit_records_is_refused()
    {
        string path = _dir.File("t.tbl");
        byte[] bytes = BadHeaderTests.ValidTableBytes();
        SetUInt32(bytes, TextLength, 4096 - 64 - 1024 + 1);
        File.WriteAllBytes(path, bytes);

        Assert.Equal(TableFileProblem.InvalidHeaderField, Assert.ThrowsAny<InvalidTableFileException>(() => ReadOnlyMappedTable<Tick>.Open(path)).Problem);
    }

    [Fact]
    public void A_version_1_file_opens_with_its_live_count_and_stays_version_1()
    {
        string path = _dir.File("v1.tbl");
        byte[] bytes = BadHeaderTests.ValidTableBytes();
        bytes.AsSpan(4096 - 1024, 1024).Clear();
        SetUInt32(bytes, VersionOffset, 1);
        SetInt64(bytes, Count, 3, fixChecksum: false);
        File.WriteAllBytes(path, bytes);

        using (var table = MappedTable<Tick>.Open(path, MapAccess.ReadWrite))
        {
            Assert.Equal(3, table.Count);
            Assert.Equal(Tick.Create(2, 2), table.GetReadOnly(2).Load());
            table[2].Bytes.Clear();
            table.Flush();
        }

        byte[] after = File.ReadAllBytes(path);
        Assert.Equal(1u, BitConverter.ToUInt32(after, VersionOffset));
        Assert.All(after[(4096 - 1024)..4096], b => Assert.Equal(0, b));
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
