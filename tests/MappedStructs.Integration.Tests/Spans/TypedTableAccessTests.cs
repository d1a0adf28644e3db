using System;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Spans;

// IDE0008 wants the record slot's type spelled out; these tests are the code a user types, with var.
#pragma warning disable IDE0008

/// <summary>
/// The code a new user types first, with no cast: these compile only because the generator's record extensions give the
/// table's record slots the layout's fields.
/// </summary>
public sealed class TypedTableAccessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Foreach_over_a_table_reads_fields_with_no_cast()
    {
        using MappedTable<Reading> table = Filled(_dir.File("readings.tbl"), 1000);

        double total = 0;
        foreach (var r in table)
        {
            total += r.Price;
        }

        Assert.Equal(Enumerable.Range(0, 1000).Sum(i => 0.5 * i), total);
    }

    [Fact]
    public void The_indexer_and_writable_enumeration_write_fields_with_no_cast()
    {
        using MappedTable<Reading> table = Filled(_dir.File("readings.tbl"), 10);

        var fourth = table[3];
        fourth.Price = 99.25;
        fourth.Unit = "kPa";
        foreach (Reading.Ref r in table.EnumerateWritable())
        {
            r.Sensor = (int)r.Id * 2;
        }

        Assert.Equal(99.25, table[3].Price);
        Assert.Equal("kPa", table.GetReadOnly(3).Unit);
        Assert.Equal(new Reading { Id = 7, Price = 3.5, Sensor = 14, Unit = "C" }, table[7].Load());
    }

    [Fact]
    public void Search_selectors_take_the_typed_record()
    {
        string path = _dir.File("readings.tbl");
        Filled(path, 100).Dispose();
        using var table = ReadOnlyMappedTable<Reading>.Open(path);

        Assert.Equal(42, table.BinarySearch(42L, static r => r.Id));
        Assert.Equal(~100, table.BinarySearch(1000L, static r => r.Id));
        Assert.Equal("C", table[42].Unit);
    }

    [Fact]
    public void Atomic_methods_forward_from_the_record_slot()
    {
        using var table = MappedTable<Counter>.Create(_dir.File("counters.tbl"), 4);
        table.Append(new Counter { Hits = 5, Tag = 1 });

        var slot = table[0];
        Assert.Equal(7, slot.AddHits(2));
        Assert.Equal(7, slot.ExchangeHits(10));
        Assert.Equal(10, slot.CompareExchangeHits(11, 10));
        Assert.Equal(11, table.GetReadOnly(0).Hits);
    }

    internal static MappedTable<Reading> Filled(string path, int count)
    {
        var table = MappedTable<Reading>.Create(path, 4);
        for (int i = 0; i < count; i++)
        {
            table.Append(new Reading { Id = i, Price = 0.5 * i, Sensor = i % 7, Unit = "C" });
        }

        return table;
    }
}
