using System;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Spans;

// IDE0008 wants the view's type spelled out; these tests are the code a user types, with var.
#pragma warning disable IDE0008

/// <summary>
/// Writes with no cast and with <c>var</c>, through the generated <c>Ref(i)</c> and <c>EnumerateRefs()</c> of tables and
/// record spans. (<c>table[i].Price = 5</c> itself cannot compile: C# rejects an extension setter on a receiver that is
/// not a variable, CS1612; see docs/tables.md.)
/// </summary>
public sealed class TypedWriteTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Ref_writes_the_record_at_a_long_an_int_and_a_from_end_index()
    {
        using MappedTable<Reading> table = TypedTableAccessTests.Filled(_dir.File("readings.tbl"), 10);

        table.Ref(3L).Price = 99.25;
        table.Ref(4).Unit = "kPa";
        table.Ref(^1).Sensor = 77;

        Assert.Equal(99.25, table.GetReadOnly(3).Price);
        Assert.Equal("kPa", table.GetReadOnly(4).Unit);
        Assert.Equal(77, table.GetReadOnly(9).Sensor);
        Assert.Equal(new Reading { Id = 5, Price = 2.5, Sensor = 5, Unit = "C" }, table.GetReadOnly(5).Load());
    }

    [Fact]
    public void EnumerateRefs_writes_every_record_with_var()
    {
        using MappedTable<Reading> table = TypedTableAccessTests.Filled(_dir.File("readings.tbl"), 100);

        int seen = 0;
        foreach (var r in table.EnumerateRefs())
        {
            r.Sensor = (int)r.Id * 2;
            seen++;
        }

        Assert.Equal(100, seen);
        Assert.All(Enumerable.Range(0, 100), i => Assert.Equal(i * 2, table.GetReadOnly(i).Sensor));
    }

    [Fact]
    public void A_record_span_writes_through_Ref_and_EnumerateRefs()
    {
        using MappedTable<Reading> table = TypedTableAccessTests.Filled(_dir.File("readings.tbl"), 10);

        RecordSpan<Reading> middle = table[2..5];
        middle.Ref(0).Unit = "K";
        middle.Ref(^1).Unit = "F";
        foreach (var r in middle.EnumerateRefs())
        {
            r.Price = -r.Price;
        }

        Assert.Equal(["C", "C", "K", "C", "F", "C"], Enumerable.Range(0, 6).Select(i => table.GetReadOnly(i).Unit));
        Assert.Equal([0, 0.5, -1, -1.5, -2, 2.5], Enumerable.Range(0, 6).Select(i => table.GetReadOnly(i).Price));
        Assert.Throws<ArgumentOutOfRangeException>(() => table[2..5].Ref(3).Price);
    }

    [Fact]
    public void Ref_outside_the_published_records_says_the_valid_range()
    {
        using MappedTable<Reading> table = TypedTableAccessTests.Filled(_dir.File("readings.tbl"), 3);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => table.Ref(3).Price = 1);
        Assert.Contains("the valid indices are 0 to 2", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Ref(-1).Price);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Ref(^4).Price);
    }

    [Fact]
    public void A_table_opened_Read_refuses_typed_writes_and_names_what_reads()
    {
        string path = _dir.File("readings.tbl");
        TypedTableAccessTests.Filled(path, 3).Dispose();
        using var table = MappedTable<Reading>.Open(path);

        var write = Assert.Throws<InvalidOperationException>(() => table.Ref(0).Price = 1);
        Assert.Contains("GetReadOnly", write.Message, StringComparison.Ordinal);
        var enumerate = Assert.Throws<InvalidOperationException>(() => table.EnumerateRefs());
        Assert.Contains("ReadOnlyRecords", enumerate.Message, StringComparison.Ordinal);
        Assert.Equal(1.0, table.GetReadOnly(2).Price);
    }

    [Fact]
    public void EnumerateRefs_of_a_disposed_table_throws_ObjectDisposedException()
    {
        MappedTable<Reading> table = TypedTableAccessTests.Filled(_dir.File("readings.tbl"), 3);
        table.Dispose();

        Assert.Throws<ObjectDisposedException>(() => table.EnumerateRefs());
        Assert.Throws<ObjectDisposedException>(() => table.Ref(0).Price);
    }
}
