using System;
using System.Linq;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// In-place Sort against Array.Sort of the same keys: by key and by comparison, over sizes on both sides of the
/// insertion-sort threshold and with many duplicate keys; every record survives (the sort only permutes).
/// </summary>
public sealed class TableSortTests : IDisposable
{
    private static readonly Gen<long[]> s_values = Gen.Frequency(
        (3, Gen.Long[0, 20].Array[0, 40]),
        (1, Gen.Long[-1000, 1000].Array[0, 600]),
        (1, Gen.Long[0, 3].Array[100, 400]));

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Sort_by_key_orders_the_records_as_Array_Sort_orders_their_keys()
    {
        s_values.Sample(values =>
        {
            using MappedTable<Tick> table = TickTables.Create(_dir, values);

            table.Sort(TickTables.ValueOf);

            AssertSortedPermutation(values, TickTables.ReadAll(table));
        }, iter: 150);
    }

    [Fact]
    public void Sort_by_comparison_orders_the_records_as_Array_Sort_orders_their_keys()
    {
        s_values.Sample(values =>
        {
            using MappedTable<Tick> table = TickTables.Create(_dir, values);

            table.Sort((a, b) => TickTables.ValueOf(b).CompareTo(TickTables.ValueOf(a)));

            Tick[] sorted = TickTables.ReadAll(table);
            Assert.Equal(values.OrderByDescending(v => v), sorted.Select(t => t.Value));
            Assert.Equal(Enumerable.Range(0, values.Length).Select(i => (long)i), sorted.Select(t => t.Sequence).Order());
        }, iter: 150);
    }

    [Fact]
    public void An_inconsistent_comparison_only_permutes_the_records()
    {
        // Random answers break every assumption a partition makes; the sort must still stay inside the records.
        Gen.Select(Gen.Long[0, 5].Array[0, 300], Gen.Int).Sample((values, seed) =>
        {
            using MappedTable<Tick> table = TickTables.Create(_dir, values, spare: 8);
            var random = new Random(seed);

            table.Sort((_, _) => random.Next(-1, 2));

            Tick[] records = TickTables.ReadAll(table);
            Assert.All(records, r => Assert.True(r.IsConsistent));
            Assert.Equal(Enumerable.Range(0, values.Length).Select(i => (long)i), records.Select(t => t.Sequence).Order());
        }, iter: 100);
    }

    [Fact]
    public void Sort_touches_only_the_published_records()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [5, 4, 3, 2, 1, 9, 9, 9]);
        table.Truncate(5);

        table.Sort(TickTables.ValueOf);

        Assert.Equal([1L, 2, 3, 4, 5], TickTables.ReadAll(table).Select(t => t.Value));
        table.AppendRange([Tick.Create(100, 100)]);
        Assert.Equal(Tick.Create(100, 100), table[5].Load());
    }

    [Fact]
    public void A_selector_that_disposes_the_table_ends_the_sort_with_ObjectDisposedException()
    {
        MappedTable<Tick> table = TickTables.Create(_dir, Enumerable.Range(0, 100).Select(i => (long)(100 - i)).ToArray());

        Assert.Throws<ObjectDisposedException>(() => table.Sort(record =>
        {
            long key = TickTables.ValueOf(record);
            table.Dispose();
            return key;
        }));
    }

    [Fact]
    public void A_read_only_table_refuses_to_sort()
    {
        string path;
        using (MappedTable<Tick> written = TickTables.Create(_dir, [2, 1]))
        {
            path = written.Path;
        }

        using var table = MappedTable<Tick>.Open(path, MapAccess.Read);

        Assert.Throws<InvalidOperationException>(() => table.Sort(TickTables.ValueOf));
        Assert.Throws<InvalidOperationException>(() => table.Sort((a, b) => 0));
        Assert.Throws<ArgumentNullException>(() => table.Sort((Func<ReadOnlyMappedRecord<Tick>, long>)null!));
    }

    private static void AssertSortedPermutation(long[] values, Tick[] sorted)
    {
        long[] expected = (long[])values.Clone();
        Array.Sort(expected);
        Assert.Equal(expected, sorted.Select(t => t.Value));
        Assert.All(sorted, t => Assert.True(t.IsConsistent));

        // Each record moved whole: its sequence still pairs with the value it was appended with.
        Assert.All(sorted, t => Assert.Equal(values[t.Sequence], t.Value));
    }
}
