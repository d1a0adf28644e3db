using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

public sealed class MappedTableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Create_gives_an_empty_table_with_the_requested_capacity()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 10);

        Assert.Equal(0, table.Count);
        Assert.Equal(10, table.Capacity);
        Assert.True(table.IsWritable);
        Assert.Equal(MapAccess.ReadWrite, table.Access);
        Assert.Same(Tick.Layout, table.Layout);
        Assert.Equal(4096 + (10 * 24), new FileInfo(table.Path).Length);
    }

    [Fact]
    public void Append_stores_records_that_the_indexer_reads_back_in_place()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 4);

        for (long i = 0; i < 4; i++)
        {
            Assert.Equal(i, table.Append(Tick.Create(i, i * 10)));
        }

        Assert.Equal(4, table.Count);
        for (long i = 0; i < 4; i++)
        {
            Assert.Equal(Tick.Create(i, i * 10), table[i].Load());
            Assert.Equal(Tick.Create(i, i * 10), table.GetReadOnly(i).Load());
        }
    }

    [Fact]
    public void Writing_through_the_indexer_changes_the_record_in_the_file()
    {
        string path = _dir.File("t.tbl");
        using (var table = MappedTable<Tick>.Create(path, 2))
        {
            table.Append(Tick.Create(1, 1));
            table[0].Store(Tick.Create(7, 70));
            table.Flush();
        }

        using var reopened = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(Tick.Create(7, 70), reopened[0].Load());
    }

    [Fact]
    public void Append_past_capacity_doubles_the_file_and_keeps_earlier_records()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 2);

        for (long i = 0; i < 9; i++)
        {
            table.Append(Tick.Create(i, -i));
        }

        Assert.Equal(9, table.Count);
        Assert.Equal(16, table.Capacity);
        Assert.Equal(4096 + (16 * 24), new FileInfo(table.Path).Length);
        for (long i = 0; i < 9; i++)
        {
            Assert.Equal(Tick.Create(i, -i), table[i].Load());
        }
    }

    [Fact]
    public void A_zero_capacity_table_grows_on_first_append()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 0);

        table.Append(Tick.Create(1, 2));

        Assert.Equal(1, table.Count);
        Assert.Equal(1, table.Capacity);
        Assert.Equal(Tick.Create(1, 2), table[0].Load());
    }

    [Fact]
    public void A_record_view_taken_before_growth_stays_readable_after_it()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 1);
        table.Append(Tick.Create(1, 1));
        ReadOnlyMappedRecord<Tick> before = table.GetReadOnly(0);

        table.Append(Tick.Create(2, 2));
        table.Append(Tick.Create(3, 3));

        Assert.Equal(Tick.Create(1, 1), before.Load());
    }

    [Fact]
    public void Reopening_keeps_count_capacity_and_records()
    {
        string path = _dir.File("t.tbl");
        using (var table = MappedTable<Tick>.Create(path, 3))
        {
            for (long i = 0; i < 5; i++)
            {
                table.Append(Tick.Create(i, i));
            }
        }

        using var reopened = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
        Assert.Equal(5, reopened.Count);
        Assert.Equal(6, reopened.Capacity);
        reopened.Append(Tick.Create(5, 5));
        Assert.Equal(Tick.Create(5, 5), reopened[5].Load());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Indexing_outside_the_count_throws(long index)
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 8);
        table.Append(Tick.Create(0, 0));
        table.Append(Tick.Create(1, 0));
        table.Append(Tick.Create(2, 0));

        Assert.Throws<ArgumentOutOfRangeException>(() => table[index].Bytes.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetReadOnly(index).Bytes.Length);
    }

    [Fact]
    public void Index_at_the_capacity_but_beyond_the_count_throws()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 8);
        table.Append(Tick.Create(0, 0));

        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetReadOnly(1).Bytes.Length);
    }

    [Fact]
    public void A_read_only_open_refuses_writable_access_and_append()
    {
        string path = CreateTable(3);
        using var table = MappedTable<Tick>.Open(path, MapAccess.Read);

        Assert.False(table.IsWritable);
        Assert.Throws<InvalidOperationException>(() => table[0].Bytes.Length);
        Assert.Throws<InvalidOperationException>(() => table.Append(Tick.Create(9, 9)));
        Assert.Throws<InvalidOperationException>(() => table.EnumerateWritable());
        Assert.Equal(Tick.Create(2, 20), table.GetReadOnly(2).Load());
    }

    [Fact]
    public void ReadOnlyMappedTable_reads_count_records_and_enumerates()
    {
        string path = CreateTable(4);
        using var table = ReadOnlyMappedTable<Tick>.Open(path);

        Assert.Equal(4, table.Count);
        Assert.Equal(4, table.Capacity);
        Assert.Same(Tick.Layout, table.Layout);
        var seen = new List<long>();
        foreach (ReadOnlyMappedRecord<Tick> record in table)
        {
            seen.Add(record.Load().Sequence);
        }

        Assert.Equal([0, 1, 2, 3], seen);
        Assert.Equal(Tick.Create(3, 30), table[3].Load());
        Assert.Throws<ArgumentOutOfRangeException>(() => table[4].Bytes.Length);
        Assert.Equal(2, table.BinarySearch(2L, Tick.SequenceOf));
    }

    [Fact]
    public void Enumeration_yields_records_in_order_and_stops_at_the_count_seen_at_start()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 2);
        table.Append(Tick.Create(0, 0));
        table.Append(Tick.Create(1, 10));

        var seen = new List<long>();
        foreach (ReadOnlyMappedRecord<Tick> record in table)
        {
            seen.Add(record.Load().Sequence);
            if (seen.Count == 1)
            {
                table.Append(Tick.Create(2, 20));
            }
        }

        Assert.Equal([0, 1], seen);
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void Writable_enumeration_modifies_records_in_place()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 3);
        for (long i = 0; i < 3; i++)
        {
            table.Append(Tick.Create(i, i));
        }

        foreach (MappedRecord<Tick> record in table.EnumerateWritable())
        {
            Tick tick = record.Load();
            record.Store(Tick.Create(tick.Sequence, tick.Value * 100));
        }

        Assert.Equal(Tick.Create(2, 200), table[2].Load());
    }

    [Fact]
    public void Enumerating_an_empty_table_yields_nothing()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 0);
        int n = 0;
        foreach (ReadOnlyMappedRecord<Tick> record in table)
        {
            n++;
        }

        Assert.Equal(0, n);
    }

    [Fact]
    public void BinarySearch_finds_every_key_and_the_insertion_point_of_missing_ones()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 100);
        for (long i = 0; i < 100; i++)
        {
            table.Append(Tick.Create(i * 2, i));
        }

        for (long i = 0; i < 100; i++)
        {
            Assert.Equal(i, table.BinarySearch(i * 2, Tick.SequenceOf));
            Assert.Equal(~(i + 1), table.BinarySearch((i * 2) + 1, Tick.SequenceOf));
        }

        Assert.Equal(~0L, table.BinarySearch(-5L, Tick.SequenceOf));
    }

    [Fact]
    public void BinarySearch_on_an_empty_table_returns_the_complement_of_zero()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 0);

        Assert.Equal(~0L, table.BinarySearch(1L, Tick.SequenceOf));
    }

    [Fact]
    public void CopyOnWrite_changes_are_private_and_the_file_is_unchanged()
    {
        string path = CreateTable(4);
        byte[] before = SHA256.HashData(File.ReadAllBytes(path));

        using (var table = MappedTable<Tick>.Open(path, MapAccess.CopyOnWrite))
        {
            Assert.True(table.IsWritable);
            table[1].Store(Tick.Create(99, 99));
            Assert.Equal(Tick.Create(99, 99), table[1].Load());
            table.Flush();
        }

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        using var reopened = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(Tick.Create(1, 10), reopened[1].Load());
    }

    [Fact]
    public void CopyOnWrite_appends_within_capacity_but_refuses_to_grow_the_file()
    {
        string path = _dir.File("t.tbl");
        using (var writer = MappedTable<Tick>.Create(path, 2))
        {
            writer.Append(Tick.Create(0, 0));
        }

        long length = new FileInfo(path).Length;
        using var table = MappedTable<Tick>.Open(path, MapAccess.CopyOnWrite);
        table.Append(Tick.Create(1, 1));
        Assert.Equal(2, table.Count);
        Assert.Throws<InvalidOperationException>(() => table.Append(Tick.Create(2, 2)));
        Assert.Equal(length, new FileInfo(path).Length);
    }

    [Fact]
    public void Using_a_disposed_table_throws_ObjectDisposedException()
    {
        var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 1);
        table.Dispose();
        table.Dispose();

        Assert.Throws<ObjectDisposedException>(() => table.Count);
        Assert.Throws<ObjectDisposedException>(() => table.Append(Tick.Create(0, 0)));
    }

    [Fact]
    public void Create_rejects_a_negative_or_impossible_capacity()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedTable<Tick>.Create(_dir.File("a.tbl"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedTable<Tick>.Create(_dir.File("b.tbl"), long.MaxValue / 8));
    }

    [Fact]
    public void The_header_carries_the_layout_description_as_text()
    {
        string path = CreateTable(1);
        byte[] bytes = File.ReadAllBytes(path);
        string text = System.Text.Encoding.UTF8.GetString(bytes, 64, BitConverter.ToInt32(bytes, 20));

        Assert.Equal(Tick.Layout.Describe(), text);
    }

    private string CreateTable(int records)
    {
        string path = _dir.File($"table-{Guid.NewGuid():N}.tbl");
        using var table = MappedTable<Tick>.Create(path, records);
        for (long i = 0; i < records; i++)
        {
            table.Append(Tick.Create(i, i * 10));
        }

        return path;
    }
}
