using System;
using System.Buffers.Binary;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>A reader opened before the writer grows the file remaps instead of reading past its mapping, and re-validates what it reads.</summary>
public sealed class ReaderFollowsWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_reader_sees_records_appended_after_growth_by_another_table_instance()
    {
        string path = _dir.File("t.tbl");
        using var writer = MappedTable<Tick>.Create(path, 2);
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(0, reader.Count);

        for (long i = 0; i < 100; i++)
        {
            writer.Append(Tick.Create(i, i));
        }

        Assert.Equal(100, reader.Count);
        Assert.Equal(128, reader.Capacity);
        Assert.Equal(Tick.Create(99, 99), reader[99].Load());
        long n = 0;
        foreach (ReadOnlyMappedRecord<Tick> record in reader)
        {
            Assert.True(record.Load().IsConsistent);
            n++;
        }

        Assert.Equal(100, n);
    }

    [Fact]
    public void The_indexer_refreshes_the_count_when_an_index_is_beyond_the_last_one_seen()
    {
        string path = _dir.File("t.tbl");
        using var writer = MappedTable<Tick>.Create(path, 1);
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        writer.Append(Tick.Create(0, 0));
        writer.Append(Tick.Create(1, 1));
        writer.Append(Tick.Create(2, 2));

        Assert.Equal(Tick.Create(2, 2), reader[2].Load());
    }

    [Fact]
    public void A_count_raised_beyond_the_capacity_after_open_is_refused_not_read()
    {
        string path = _dir.File("t.tbl");
        using var writer = MappedTable<Tick>.Create(path, 4);
        writer.Append(Tick.Create(0, 0));
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);

        // A rogue process claims a million records in a file with room for four.
        WriteHeaderInt64(path, TableFileBytes.Count, 1_000_000);

        InvalidTableFileException e = Assert.Throws<InvalidTableFileException>(() => reader.Count);
        Assert.Equal(TableFileProblem.CountAboveCapacity, e.Problem);
        Assert.Throws<InvalidTableFileException>(() => reader[500_000].Bytes.Length);
    }

    [Fact]
    public void A_capacity_raised_beyond_the_file_after_open_is_refused_not_mapped()
    {
        string path = _dir.File("t.tbl");
        using var writer = MappedTable<Tick>.Create(path, 4);
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);

        WriteHeaderInt64(path, TableFileBytes.Capacity, 1_000_000);
        WriteHeaderInt64(path, TableFileBytes.Count, 10);

        Assert.Equal(TableFileProblem.CapacityBeyondFile, Assert.Throws<InvalidTableFileException>(() => reader.Count).Problem);
    }

    private static void WriteHeaderInt64(string path, int offset, long value)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        RandomAccess.Write(file.SafeFileHandle, bytes, offset);
    }
}
