using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Spans;

// IDE0008 wants the view's type spelled out; these tests are the code a user types, with var.
#pragma warning disable IDE0008

/// <summary>
/// A <see cref="MappedTable{T}"/> opened <see cref="MapAccess.Read"/> (what <c>Open(path)</c> does, as
/// <see cref="MappedFile.Open"/> does) gives typed read-only records from its indexer: reads work as on any table, and
/// every way of writing a record throws <see cref="InvalidOperationException"/> instead of faulting on the read-only pages.
/// </summary>
public sealed class ReadOpenedTableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_indexer_of_a_table_opened_Read_reads_typed_records()
    {
        string path = Filled(10);
        using var table = MappedTable<Reading>.Open(path);

        Assert.Equal(MapAccess.Read, table.Access);
        Assert.Equal(2.5, table[5].Price);
        Assert.Equal("C", table[^1].Unit);
        var record = table[3];
        Assert.True(record.IsReadOnly);
        Assert.Equal(3, record.Sensor);
        Reading.ReadOnlyRef view = table.GetReadOnly(4);
        Assert.Equal(4, view.Id);
        Assert.Equal(new Reading { Id = 5, Price = 2.5, Sensor = 5, Unit = "C" }, table[5].Load());
        ReadOnlyMappedRecord<Reading> slot = table[6];
        Assert.Equal(6, slot.Load().Id);
    }

    [Fact]
    public void Every_write_to_a_record_of_a_table_opened_Read_throws_and_leaves_the_file_as_it_was()
    {
        string path = Filled(4);
        byte[] before = File.ReadAllBytes(path);
        using (var table = MappedTable<Reading>.Open(path, MapAccess.Read))
        {
            AssertRefused(() => { var record = table[1]; record.Price = 9; });
            AssertRefused(() => { Reading.Ref view = table[1]; });
            AssertRefused(() => table[2].Store(new Reading { Id = 9 }));
            AssertRefused(() => table[2].Bytes[0] = 1);
            AssertRefused(() => { _ = table.Ref(0); });
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Records_of_a_table_opened_ReadWrite_are_writable_through_the_indexer()
    {
        string path = Filled(4);
        using (var table = MappedTable<Reading>.Open(path, MapAccess.ReadWrite))
        {
            var record = table[1];
            Assert.False(record.IsReadOnly);
            record.Price = 9.5;
            Reading.Ref view = table[2];
            view.Sensor = 70;
        }

        using var reader = ReadOnlyMappedTable<Reading>.Open(path);
        Assert.Equal(9.5, reader[1].Price);
        Assert.Equal(70, reader[2].Sensor);
    }

    private static void AssertRefused(Action write)
    {
        InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(write);
        Assert.Contains("MapAccess.Read", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("Reading", thrown.Message, StringComparison.Ordinal);
    }

    private string Filled(int count)
    {
        string path = _dir.File($"readings-{Guid.NewGuid():N}.tbl");
        using MappedTable<Reading> table = TypedTableAccessTests.Filled(path, count);
        return path;
    }
}
