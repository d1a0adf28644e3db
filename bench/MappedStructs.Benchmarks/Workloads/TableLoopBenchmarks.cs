using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

// IDE0008 wants the record's type spelled out; these loops are the code a user types, with var.
#pragma warning disable IDE0008

/// <summary>
/// The loops a user writes first over a table, each a whole pass summing one field (double, float, long, int) or several:
/// <c>foreach</c> over both table types, <c>for</c> over both indexers, the typed writable enumeration, record spans of the
/// table and of a view; against a raw pointer over the read-only table's own mapping (issue #20: within 1.10x, for a
/// double sum of the faster of the raw double and raw long sums). The listings (<c>--disasm</c>) show what each loop body
/// does per record; bench/results keeps them.
/// </summary>
public unsafe partial class TableLoopBenchmarks : SampleTableBenchmark
{
    /// <summary>The double baseline: a pointer over the records.</summary>
    [Benchmark(Baseline = true)]
    public double RawPointerDouble()
    {
        byte* p = Records + Sample.PriceOffset;
        byte* end = p + (RecordCount * Sample.Size);
        double sum = 0;
        for (; p < end; p += Sample.Size)
        {
            sum += *(double*)p;
        }

        return sum;
    }

    /// <summary>The long baseline, the bandwidth a double sum is held to when it is the faster one.</summary>
    [Benchmark]
    public long RawPointerLong()
    {
        byte* p = Records + Sample.StampOffset;
        byte* end = p + (RecordCount * Sample.Size);
        long sum = 0;
        for (; p < end; p += Sample.Size)
        {
            sum += *(long*)p;
        }

        return sum;
    }

    /// <summary>The float baseline.</summary>
    [Benchmark]
    public float RawPointerFloat()
    {
        byte* p = Records + Sample.WeightOffset;
        byte* end = p + (RecordCount * Sample.Size);
        float sum = 0;
        for (; p < end; p += Sample.Size)
        {
            sum += *(float*)p;
        }

        return sum;
    }

    /// <summary>The int baseline.</summary>
    [Benchmark]
    public long RawPointerInt()
    {
        byte* p = Records + Sample.CountOffset;
        byte* end = p + (RecordCount * Sample.Size);
        long sum = 0;
        for (; p < end; p += Sample.Size)
        {
            sum += *(int*)p;
        }

        return sum;
    }

    /// <summary>The several-fields baseline: price, stamp and count of every record.</summary>
    [Benchmark]
    public double RawPointerSeveral()
    {
        byte* p = Records;
        byte* end = p + (RecordCount * Sample.Size);
        double price = 0;
        long rest = 0;
        for (; p < end; p += Sample.Size)
        {
            price += *(double*)(p + Sample.PriceOffset);
            rest += *(long*)(p + Sample.StampOffset) + *(int*)(p + Sample.CountOffset);
        }

        return price + rest;
    }

    /// <summary><c>foreach (var r in table) sum += r.Price;</c> over the writable table type.</summary>
    [Benchmark]
    public double TableForeachDouble()
    {
        double sum = 0;
        foreach (var r in Table)
        {
            sum += r.Price;
        }

        return sum;
    }

    /// <summary>The same loop summing a long.</summary>
    [Benchmark]
    public long TableForeachLong()
    {
        long sum = 0;
        foreach (var r in Table)
        {
            sum += r.Stamp;
        }

        return sum;
    }

    /// <summary>The same loop summing a float.</summary>
    [Benchmark]
    public float TableForeachFloat()
    {
        float sum = 0;
        foreach (var r in Table)
        {
            sum += r.Weight;
        }

        return sum;
    }

    /// <summary>The same loop summing an int.</summary>
    [Benchmark]
    public long TableForeachInt()
    {
        long sum = 0;
        foreach (var r in Table)
        {
            sum += r.Count;
        }

        return sum;
    }

    /// <summary>Three fields of every record.</summary>
    [Benchmark]
    public double TableForeachSeveral()
    {
        double price = 0;
        long rest = 0;
        foreach (var r in Table)
        {
            price += r.Price;
            rest += r.Stamp + r.Count;
        }

        return price + rest;
    }

    /// <summary><c>foreach</c> over the read-only table type.</summary>
    [Benchmark]
    public double ReadOnlyTableForeachDouble()
    {
        double sum = 0;
        foreach (var r in ReadOnlyTable)
        {
            sum += r.Price;
        }

        return sum;
    }

    /// <summary>The read-only table, a long.</summary>
    [Benchmark]
    public long ReadOnlyTableForeachLong()
    {
        long sum = 0;
        foreach (var r in ReadOnlyTable)
        {
            sum += r.Stamp;
        }

        return sum;
    }

    /// <summary><c>for</c> over the writable indexer: <c>sum += table[i].Price</c>.</summary>
    [Benchmark]
    public double TableIndexerDouble()
    {
        MappedTable<Sample> table = Table;
        long n = table.Count;
        double sum = 0;
        for (long i = 0; i < n; i++)
        {
            sum += table[i].Price;
        }

        return sum;
    }

    /// <summary><c>for</c> over the read-only indexer.</summary>
    [Benchmark]
    public double ReadOnlyTableIndexerDouble()
    {
        ReadOnlyMappedTable<Sample> table = ReadOnlyTable;
        long n = table.Count;
        double sum = 0;
        for (long i = 0; i < n; i++)
        {
            sum += table[i].Price;
        }

        return sum;
    }

    /// <summary>The read-only indexer, a long.</summary>
    [Benchmark]
    public long ReadOnlyTableIndexerLong()
    {
        ReadOnlyMappedTable<Sample> table = ReadOnlyTable;
        long n = table.Count;
        long sum = 0;
        for (long i = 0; i < n; i++)
        {
            sum += table[i].Stamp;
        }

        return sum;
    }

    /// <summary>The read-only indexer, several fields.</summary>
    [Benchmark]
    public double ReadOnlyTableIndexerSeveral()
    {
        ReadOnlyMappedTable<Sample> table = ReadOnlyTable;
        long n = table.Count;
        double price = 0;
        long rest = 0;
        for (long i = 0; i < n; i++)
        {
            var r = table[i];
            price += r.Price;
            rest += r.Stamp + r.Count;
        }

        return price + rest;
    }

    /// <summary>The typed writable enumeration, <c>foreach (var r in table.EnumerateRefs())</c>, reading.</summary>
    [Benchmark]
    public double TableEnumerateRefsDouble()
    {
        double sum = 0;
        foreach (var r in Table.EnumerateRefs())
        {
            sum += r.Price;
        }

        return sum;
    }

    /// <summary>The table's records as a record span, enumerated.</summary>
    [Benchmark]
    public double RecordSpanForeachDouble()
    {
        double sum = 0;
        foreach (var r in ReadOnlyTable.Records)
        {
            sum += r.Price;
        }

        return sum;
    }

    /// <summary>The table's record span, indexed.</summary>
    [Benchmark]
    public double RecordSpanIndexerDouble()
    {
        ReadOnlyRecordSpan<Sample> records = ReadOnlyTable.Records;
        double sum = 0;
        for (long i = 0; i < records.Length; i++)
        {
            sum += records[i].Price;
        }

        return sum;
    }

    /// <summary>The table's record span, several fields.</summary>
    [Benchmark]
    public double RecordSpanForeachSeveral()
    {
        double price = 0;
        long rest = 0;
        foreach (var r in ReadOnlyTable.Records)
        {
            price += r.Price;
            rest += r.Stamp + r.Count;
        }

        return price + rest;
    }

    /// <summary>A record span made from a view of the file (<c>Sample.ReadOnlyRef.Span(view, offset, count)</c>), enumerated.</summary>
    [Benchmark]
    public double ViewSpanForeachDouble()
    {
        double sum = 0;
        foreach (var r in Sample.ReadOnlyRef.Span(View, RecordsOffset, RecordCount))
        {
            sum += r.Price;
        }

        return sum;
    }
}
