using System;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>Open's default access, indices from the end, what an index out of range says, ToString, and AsEnumerable.</summary>
public sealed class TableConvenienceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Open_without_an_access_maps_the_file_read_only_as_MappedFile_Open_does()
    {
        string path = Written([1, 2]);

        using var table = MappedTable<Tick>.Open(path);
        using var file = MappedFile.Open(path);

        Assert.Equal(file.Access, table.Access);
        Assert.Equal(MapAccess.Read, table.Access);
        Assert.False(table.IsWritable);
        Assert.Equal(2, table.GetReadOnly(^1).Load().Value);
    }

    [Fact]
    public void An_index_from_the_end_counts_back_from_the_published_count()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [10, 20, 30]);
        using var reader = ReadOnlyMappedTable<Tick>.Open(table.Path);

        Assert.Equal(30, table[^1].Load().Value);
        Assert.Equal(10, table[^3].Load().Value);
        Assert.Equal(30, table.GetReadOnly(^1).Load().Value);
        Assert.Equal(30, reader[^1].Load().Value);
        table.Append(Tick.Create(3, 40));
        Assert.Equal(40, reader[^1].Load().Value);
        Assert.Equal(20, reader[new Index(1)].Load().Value);
    }

    [Fact]
    public void An_index_from_the_end_outside_the_table_throws()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [10, 20, 30]);
        using var reader = ReadOnlyMappedTable<Tick>.Open(table.Path);

        Assert.Throws<ArgumentOutOfRangeException>(() => table[^0].Bytes.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[^4].Bytes.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => reader[^0].Bytes.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => reader[^4].Bytes.Length);
    }

    [Fact]
    public void An_index_out_of_range_names_the_valid_range()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [10]);
        using MappedTable<Tick> empty = TickTables.Create(_dir, []);

        ArgumentOutOfRangeException one = Assert.Throws<ArgumentOutOfRangeException>(() => table.GetReadOnly(1).Bytes.Length);
        ArgumentOutOfRangeException none = Assert.Throws<ArgumentOutOfRangeException>(() => empty[0].Bytes.Length);

        Assert.Contains("has 1 records: the valid indices are 0 to 0.", one.Message, StringComparison.Ordinal);
        Assert.Contains(table.Path, one.Message, StringComparison.Ordinal);
        Assert.Contains("has no records.", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_says_path_layout_count_and_capacity_and_survives_disposal()
    {
        MappedTable<Tick> table = TickTables.Create(_dir, [1, 2], spare: 3);
        var reader = ReadOnlyMappedTable<Tick>.Open(table.Path);

        Assert.Equal($"MappedTable '{table.Path}' ({Tick.Layout.Name}, 24-byte records, ReadWrite): 2 records, capacity 5", table.ToString());
        Assert.Equal($"ReadOnlyMappedTable '{table.Path}' ({Tick.Layout.Name}, 24-byte records, Read): 2 records, capacity 5", reader.ToString());
        table.Dispose();
        reader.Dispose();
        Assert.EndsWith("ReadWrite): disposed", table.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("Read): disposed", reader.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AsEnumerable_yields_copies_for_LINQ_up_to_the_count_at_the_start()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [1, 2, 3, 4], spare: 4);
        using var reader = ReadOnlyMappedTable<Tick>.Open(table.Path);

        Assert.Equal(6, table.AsEnumerable().Where(t => t.Value % 2 == 0).Sum(t => t.Value));
        Assert.Equal([1L, 2, 3, 4], reader.AsEnumerable().Select(t => t.Value));

        int seen = 0;
        foreach (Tick tick in reader.AsEnumerable())
        {
            if (seen++ == 0)
            {
                table.Append(Tick.Create(4, 5));
            }
        }

        Assert.Equal(4, seen);
        Assert.Equal(5, reader.AsEnumerable().Count());
    }

    [Fact]
    public void AsEnumerable_of_a_table_disposed_while_enumerating_throws_ObjectDisposedException()
    {
        MappedTable<Tick> table = TickTables.Create(_dir, [1, 2, 3]);

        Assert.Throws<ObjectDisposedException>(() =>
        {
            foreach (Tick tick in table.AsEnumerable())
            {
                table.Dispose();
            }
        });
    }

    private string Written(long[] values)
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, values);
        return table.Path;
    }
}
