using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>Table accesses that must throw rather than touch memory they should not: after dispose, outside the records, with a corrupt header.</summary>
public sealed class TableSafetyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // The indexer checks against the published count and throws after Dispose instead of dereferencing a null base.
    [Fact]
    public void Every_access_path_of_a_disposed_table_throws_ObjectDisposedException()
    {
        var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 8);
        for (long i = 0; i < 8; i++)
        {
            table.Append(Tick.Create(i, i));
        }

        table.Dispose();

        Assert.Throws<ObjectDisposedException>(() => table[7].Bytes.Length);
        Assert.Throws<ObjectDisposedException>(() => table[0].Bytes.Length);
        Assert.Throws<ObjectDisposedException>(() => table.GetReadOnly(7).Bytes.Length);
        Assert.Throws<ObjectDisposedException>(() => table.Capacity);
        Assert.Throws<ObjectDisposedException>(() => table.Flush());
        Assert.Throws<ObjectDisposedException>(() => table.GetEnumerator().MoveNext());
        Assert.Throws<ObjectDisposedException>(() => table.EnumerateWritable().MoveNext());
        Assert.Throws<ObjectDisposedException>(() => table.BinarySearch(3L, Tick.SequenceOf));
    }

    [Fact]
    public void Every_access_path_of_a_disposed_read_only_table_throws_ObjectDisposedException()
    {
        string path = CreateTable(8, 8);
        var table = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(8, table.Count);

        table.Dispose();

        Assert.Throws<ObjectDisposedException>(() => table[7].Bytes.Length);
        Assert.Throws<ObjectDisposedException>(() => table[0].Bytes.Length);
        Assert.Throws<ObjectDisposedException>(() => table.Count);
        Assert.Throws<ObjectDisposedException>(() => table.Capacity);
        Assert.Throws<ObjectDisposedException>(() => table.GetEnumerator().MoveNext());
        Assert.Throws<ObjectDisposedException>(() => table.BinarySearch(3L, Tick.SequenceOf));
    }

    [Fact]
    public void An_enumerator_taken_before_Dispose_throws_ObjectDisposedException_afterwards()
    {
        var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 4);
        table.Append(Tick.Create(0, 0));
        table.Append(Tick.Create(1, 1));
        ReadOnlyRecordEnumerator<Tick> reader = table.GetEnumerator();
        RecordEnumerator<Tick> writer = table.EnumerateWritable();
        Assert.True(reader.MoveNext());
        Assert.True(writer.MoveNext());

        table.Dispose();

        Assert.IsType<ObjectDisposedException>(Catch(reader));
        Assert.IsType<ObjectDisposedException>(Catch(writer));
    }

    [Fact]
    public void A_search_whose_selector_disposes_the_table_throws_ObjectDisposedException()
    {
        var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 64);
        for (long i = 0; i < 64; i++)
        {
            table.Append(Tick.Create(i, i));
        }

        Assert.Throws<ObjectDisposedException>(() => table.BinarySearch(1L, record =>
        {
            long key = Tick.SequenceOf(record);
            table.Dispose();
            return key;
        }));
    }

    // Current must not read record -1 before the first MoveNext, nor record `count` after the last one.
    [Fact]
    public void Enumerator_Current_outside_the_records_throws_InvalidOperationException()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 8);
        table.Append(Tick.Create(0, 0));
        table.Append(Tick.Create(1, 1));

        ReadOnlyRecordEnumerator<Tick> reader = table.GetEnumerator();
        RecordEnumerator<Tick> writer = table.EnumerateWritable();
        Assert.IsType<InvalidOperationException>(Catch(reader));
        Assert.IsType<InvalidOperationException>(Catch(writer));

        int seen = 0;
        while (reader.MoveNext() && writer.MoveNext())
        {
            Assert.Null(Catch(reader));
            Assert.Null(Catch(writer));
            seen++;
        }

        Assert.Equal(2, seen);
        Assert.False(writer.MoveNext());
        for (int i = 0; i < 3; i++)
        {
            Assert.IsType<InvalidOperationException>(Catch(reader));
            Assert.IsType<InvalidOperationException>(Catch(writer));
            Assert.False(reader.MoveNext());
            Assert.False(writer.MoveNext());
        }
    }

    [Fact]
    public void Enumerator_of_an_empty_table_has_no_Current()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 4);
        ReadOnlyRecordEnumerator<Tick> reader = table.GetEnumerator();

        Assert.False(reader.MoveNext());
        Assert.IsType<InvalidOperationException>(Catch(reader));
    }

    // Capacity is validated against the file, never the raw header value however corrupt.
    [Fact]
    public void Capacity_rejects_a_corrupt_header_value_instead_of_returning_it()
    {
        string path = CreateTable(4, 2);
        using var table = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(4, table.Capacity);

        WriteCapacity(path, -5);
        Assert.Equal(TableFileProblem.InvalidHeaderField, Assert.Throws<InvalidTableFileException>(() => table.Capacity).Problem);
        WriteCapacity(path, 1L << 40);
        Assert.Equal(TableFileProblem.CapacityBeyondFile, Assert.Throws<InvalidTableFileException>(() => table.Capacity).Problem);
        WriteCapacity(path, long.MaxValue);
        Assert.Equal(TableFileProblem.Overflow, Assert.Throws<InvalidTableFileException>(() => table.Capacity).Problem);

        WriteCapacity(path, 4);
        Assert.Equal(4, table.Capacity);
        Assert.Equal(Tick.Create(1, 1), table[1].Load());
    }

    private static void WriteCapacity(string path, long capacity)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        stream.Position = 48;
        stream.Write(BitConverter.GetBytes(capacity));
    }

    private string CreateTable(long capacity, long records)
    {
        string path = _dir.File($"table-{Guid.NewGuid():N}.tbl");
        using var table = MappedTable<Tick>.Create(path, capacity);
        for (long i = 0; i < records; i++)
        {
            table.Append(Tick.Create(i, i));
        }

        return path;
    }

    private static InvalidOperationException? Catch(ReadOnlyRecordEnumerator<Tick> enumerator)
    {
        try
        {
            _ = enumerator.Current.Load();
            return null;
        }
        catch (InvalidOperationException e)
        {
            // ObjectDisposedException derives from InvalidOperationException; callers check the exact type.
            return e;
        }
    }

    private static InvalidOperationException? Catch(RecordEnumerator<Tick> enumerator)
    {
        try
        {
            _ = enumerator.Current.Load();
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }
}
