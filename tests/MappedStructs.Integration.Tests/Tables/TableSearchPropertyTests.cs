using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// LowerBound, UpperBound, EqualRange and BinarySearch of both table types against a linear scan of a sorted list, with
/// keys from a small range so that duplicates are the rule (repeated timestamps), and search keys below, inside and
/// above the stored ones.
/// </summary>
public sealed class TableSearchPropertyTests : IDisposable
{
    private static readonly Gen<(long[] Values, long Key)> s_cases =
        Gen.Select(Gen.Long[0, 8].Array[0, 40], Gen.Long[-2, 10]).Select(c => (c.Item1.Order().ToArray(), c.Item2));

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_bounds_of_a_writable_table_match_a_linear_scan()
    {
        s_cases.Sample(c =>
        {
            using MappedTable<Tick> table = TickTables.Create(_dir, c.Values);
            long lower = OracleLower(c.Values, c.Key);
            long upper = OracleUpper(c.Values, c.Key);

            Assert.Equal(lower, table.LowerBound(c.Key, TickTables.ValueOf));
            Assert.Equal(upper, table.UpperBound(c.Key, TickTables.ValueOf));
            Assert.Equal((lower, upper), table.EqualRange(c.Key, TickTables.ValueOf));
            Assert.Equal(lower < upper ? lower : ~lower, table.BinarySearch(c.Key, TickTables.ValueOf));
        }, iter: 300);
    }

    [Fact]
    public void The_bounds_of_a_read_only_table_match_a_linear_scan()
    {
        s_cases.Sample(c =>
        {
            string path;
            using (MappedTable<Tick> written = TickTables.Create(_dir, c.Values))
            {
                path = written.Path;
            }

            using var table = ReadOnlyMappedTable<Tick>.Open(path);
            long lower = OracleLower(c.Values, c.Key);
            long upper = OracleUpper(c.Values, c.Key);

            Assert.Equal(lower, table.LowerBound(c.Key, TickTables.ValueOf));
            Assert.Equal(upper, table.UpperBound(c.Key, TickTables.ValueOf));
            Assert.Equal((lower, upper), table.EqualRange(c.Key, TickTables.ValueOf));
            Assert.Equal(lower < upper ? lower : ~lower, table.BinarySearch(c.Key, TickTables.ValueOf));
        }, iter: 150);
    }

    [Theory]
    [InlineData(new long[0], 5, 0, 0)]
    [InlineData(new long[] { 5 }, 5, 0, 1)]
    [InlineData(new long[] { 5 }, 4, 0, 0)]
    [InlineData(new long[] { 5 }, 6, 1, 1)]
    [InlineData(new long[] { 7, 7, 7, 7, 7 }, 7, 0, 5)]
    [InlineData(new long[] { 7, 7, 7, 7, 7 }, 6, 0, 0)]
    [InlineData(new long[] { 7, 7, 7, 7, 7 }, 8, 5, 5)]
    [InlineData(new long[] { 1, 2, 2, 2, 3 }, 2, 1, 4)]
    public void EqualRange_covers_the_edges(long[] values, long key, long start, long end)
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, values);

        Assert.Equal((start, end), table.EqualRange(key, TickTables.ValueOf));
    }

    [Fact]
    public void BinarySearch_returns_the_first_of_equal_keys()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [1, 4, 4, 4, 4, 4, 4, 9]);

        Assert.Equal(1, table.BinarySearch(4L, TickTables.ValueOf));
    }

    [Fact]
    public void A_null_selector_throws_ArgumentNullException()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [1]);

        Assert.Throws<ArgumentNullException>(() => table.LowerBound(1L, null!));
        Assert.Throws<ArgumentNullException>(() => table.UpperBound(1L, null!));
        Assert.Throws<ArgumentNullException>(() => table.EqualRange(1L, null!));
    }

    [Fact]
    public void A_selector_that_disposes_the_table_ends_the_search_with_ObjectDisposedException()
    {
        MappedTable<Tick> table = TickTables.Create(_dir, [1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Throws<ObjectDisposedException>(() => table.EqualRange(3L, record =>
        {
            long key = TickTables.ValueOf(record);
            table.Dispose();
            return key;
        }));
    }

    private static long OracleLower(IReadOnlyList<long> sorted, long key) => sorted.Count(v => v < key);

    private static long OracleUpper(IReadOnlyList<long> sorted, long key) => sorted.Count(v => v <= key);
}
