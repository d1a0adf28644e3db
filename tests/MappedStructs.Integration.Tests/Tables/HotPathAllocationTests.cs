using System;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// "No allocation on a hot path", checked on the allocating thread: reading and writing records through the indexers and
/// enumerators of both table types, a view's typed reads and the generated Ref/ReadOnlyRef must allocate nothing, however many records.
/// (The benchmarks' Allocated column counts every thread of the process, including the JIT's background work.)
/// </summary>
public sealed class HotPathAllocationTests : IDisposable
{
    private const int Records = 4096;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Table_indexer_and_enumerators_allocate_nothing()
    {
        using MappedTable<Trade> table = CreateTable();
        (long allocated, long sum) = AllocatedBySecondRun(() => ReadAll(table));

        Assert.Equal(0, allocated);
        Assert.Equal(2 * 3 * Expected(), sum);
    }

    [Fact]
    public void Read_only_table_indexer_and_enumerator_allocate_nothing()
    {
        string path;
        using (MappedTable<Trade> written = CreateTable())
        {
            path = written.Path;
        }

        using var table = ReadOnlyMappedTable<Trade>.Open(path);
        (long allocated, long sum) = AllocatedBySecondRun(() => ReadAll(table));

        Assert.Equal(0, allocated);
        Assert.Equal(2 * 2 * Expected(), sum);
    }

    [Fact]
    public void Writes_through_table_records_allocate_nothing()
    {
        using MappedTable<Trade> table = CreateTable();
        int delta = 0;
        (long allocated, _) = AllocatedBySecondRun(() => WriteAll(table, ++delta));

        Assert.Equal(0, allocated);
        Trade.ReadOnlyRef last = table.GetReadOnly(Records - 1);
        Assert.Equal(Records + 1, last.Quantity);
    }

    [Fact]
    public void View_typed_reads_and_generated_refs_allocate_nothing()
    {
        string path = _dir.File("raw.bin");
        using var file = MappedFile.Create(path, Records * (long)Trade.Layout.Size);
        using MappedView view = file.CreateView();
        for (int i = 0; i < Records; i++)
        {
            view.Write(i * (long)Trade.Layout.Size, (long)i);
        }

        (long allocated, long sum) = AllocatedBySecondRun(() => ReadView(view));

        Assert.Equal(0, allocated);
        Assert.Equal(2 * 2 * Expected(), sum);
    }

    /// <summary>
    /// Runs <paramref name="run"/> twice and returns the bytes the second run allocated on this thread (the first loads
    /// types and runs the JIT's first tier) and the sum of both results.
    /// </summary>
    private static (long Allocated, long Result) AllocatedBySecondRun(Func<long> run)
    {
        long result = run();
        long before = GC.GetAllocatedBytesForCurrentThread();
        result += run();
        return (GC.GetAllocatedBytesForCurrentThread() - before, result);
    }

    private static long Expected() => (long)Records * (Records - 1) / 2;

    private MappedTable<Trade> CreateTable()
    {
        var table = MappedTable<Trade>.Create(_dir.File(Guid.NewGuid().ToString("N") + ".tbl"), Records);
        for (int i = 0; i < Records; i++)
        {
            table.Append(new Trade { Id = i, Price = i, Quantity = i, Symbol = "S" });
        }

        return table;
    }

    // Three ways to read every record's Id: indexer, read-only enumerator, writable enumerator.
    private static long ReadAll(MappedTable<Trade> table)
    {
        long sum = 0;
        for (long i = 0; i < table.Count; i++)
        {
            Trade.ReadOnlyRef record = table.GetReadOnly(i);
            sum += record.Id;
        }

        foreach (ReadOnlyMappedRecord<Trade> slot in table)
        {
            Trade.ReadOnlyRef record = slot;
            sum += record.Id;
        }

        foreach (MappedRecord<Trade> slot in table.EnumerateWritable())
        {
            Trade.Ref record = slot;
            sum += record.Id;
        }

        return sum;
    }

    // Indexer and enumerator of a read-only table.
    private static long ReadAll(ReadOnlyMappedTable<Trade> table)
    {
        long sum = 0;
        for (long i = 0; i < table.Count; i++)
        {
            Trade.ReadOnlyRef record = table[i];
            sum += record.Id;
        }

        foreach (ReadOnlyMappedRecord<Trade> slot in table)
        {
            Trade.ReadOnlyRef record = slot;
            sum += record.Id;
        }

        return sum;
    }

    private static long WriteAll(MappedTable<Trade> table, int delta)
    {
        for (long i = 0; i < table.Count; i++)
        {
            Trade.Ref record = table[i];
            record.Quantity = (int)record.Id + delta;
            record.Price += 0.5;
        }

        return delta;
    }

    // The view's Read<T> and the generated ReadOnlyRef.From(view, offset) over the same bytes.
    private static long ReadView(MappedView view)
    {
        long sum = 0;
        for (int i = 0; i < Records; i++)
        {
            long offset = i * (long)Trade.Layout.Size;
            sum += view.Read<long>(offset);
            sum += Trade.ReadOnlyRef.From(view, offset).Id;
        }

        return sum;
    }
}
