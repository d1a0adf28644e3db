using System;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Spans;

// IDE0008 wants the record slot's type spelled out; these tests read records as a user writes the loop, with var.
#pragma warning disable IDE0008

/// <summary>A table's published records as record spans: all of them, slices and ranges.</summary>
public sealed class TableSpanTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Records_slices_and_ranges_of_a_writable_table_write_in_place()
    {
        using MappedTable<Reading> table = TypedTableAccessTests.Filled(_dir.File("readings.tbl"), 20);

        Assert.Equal(20, table.Records.Length);
        foreach (Reading.Ref r in table[5..10])
        {
            r.Sensor = 100;
        }

        var last = table.Slice(18, 2)[1];
        last.Price = -1;
        Assert.Equal(100, table.GetReadOnly(5).Sensor);
        Assert.Equal(100, table.GetReadOnly(9).Sensor);
        Assert.Equal(3, table.GetReadOnly(10).Sensor);
        Assert.Equal(-1, table.ReadOnlyRecords[^1].Price);
        Assert.Equal(19, table[^1..][0].Id);
    }

    [Fact]
    public void A_table_span_holds_the_records_published_when_it_was_made()
    {
        using MappedTable<Reading> table = TypedTableAccessTests.Filled(_dir.File("readings.tbl"), 3);
        ReadOnlyRecordSpan<Reading> before = table.ReadOnlyRecords;

        // Capacity 4 then doubling: these appends grow and remap the table; the span's mapping stays until disposal.
        for (int i = 3; i < 40; i++)
        {
            table.Append(new Reading { Id = i, Price = i, Unit = "C" });
        }

        Assert.Equal(3, before.Length);
        Assert.Equal(2, before[2].Id);
        Assert.Equal(40, table.Records.Length);
    }

    [Fact]
    public void A_read_only_table_gives_read_only_spans()
    {
        string path = _dir.File("readings.tbl");
        TypedTableAccessTests.Filled(path, 10).Dispose();
        using var table = ReadOnlyMappedTable<Reading>.Open(path);

        double total = 0;
        foreach (var r in table.Records)
        {
            total += r.Price;
        }

        Assert.Equal(22.5, total);
        Assert.Equal([7L, 8L], table[7..9].ToArray().Select(r => r.Id));
        Assert.Equal(4, table.Slice(2, 3)[^1].Id);
        Assert.True(table.Slice(10, 0).IsEmpty);
    }

    [Fact]
    public void Slices_past_the_published_records_or_of_a_disposed_table_throw()
    {
        string path = _dir.File("readings.tbl");
        MappedTable<Reading> table = TypedTableAccessTests.Filled(path, 5);

        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = table.Slice(3, 3); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = table.Slice(-1, 1); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = table.Slice(0, long.MaxValue); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = table[..6]; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = table[4..3]; });
        table.Dispose();
        Assert.Throws<ObjectDisposedException>(() => { _ = table.Records; });
        Assert.Throws<ObjectDisposedException>(() => { _ = table.Slice(0, 1); });

        using var readOnly = MappedTable<Reading>.Open(path, MapAccess.Read);
        Assert.Throws<InvalidOperationException>(() => { _ = readOnly.Records; });
        Assert.Throws<InvalidOperationException>(() => { _ = readOnly[1..2]; });
        Assert.Equal(5, readOnly.ReadOnlyRecords.Length);
    }
}
