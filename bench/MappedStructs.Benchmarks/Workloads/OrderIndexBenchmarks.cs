using System;
using System.Buffers.Binary;
using System.IO;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;
using Microsoft.Win32.SafeHandles;
using OrderIndex;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// The OrderIndex sample's workload: binary search of a sorted table of 32-byte orders for random existing keys, in the
/// mapping (the sample's <c>ReadOnlyMappedTable&lt;Order&gt;.BinarySearch</c> with <c>Order.KeyOf</c>) against the same
/// search with one pread of the 8-byte key per probe. Time is per lookup; the read() search is the baseline here, so a
/// ratio of 0.20 means the mapped search is 5x faster.
/// </summary>
public class OrderIndexBenchmarks
{
    private const int Lookups = 4096;
    private long[] _keys = [];
    private int _cursor;
    private ReadOnlyMappedTable<Order> _table = null!;
    private SafeFileHandle _handle = null!;
    private long _recordsOffset;
    private int _recordSize;
    private long _count;
    private string _path = "";
    private string _setup = "";

    /// <summary>Builds (once per size) the sorted table, fills the page cache, and draws the keys from the shared sequence.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        long count = BenchSettings.DataBytes / Order.Layout.Size;
        _path = OrderTableFile.Ensure(count);
        _setup = "cache check: " + DataFile.TouchPageCache(_path);
        _table = ReadOnlyMappedTable<Order>.Open(_path);
        _handle = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        (_recordsOffset, _recordSize, _count) = ReadHeader(_handle);

        var indices = new RandomIndexSequence(count, BenchSettings.RandomIndexCount);
        ReadOnlySpan<int> drawn = indices.Next();
        _keys = new long[drawn.Length];
        for (int i = 0; i < drawn.Length; i++)
        {
            _keys[i] = OrderTableFile.KeyAt(drawn[i]);
        }

        // Both searches must find the same records (not timed).
        _cursor = 0;
        long mapped = MappedStructsTableBinarySearch();
        _cursor = 0;
        long read = ReadCallBinarySearch();
        _cursor = 0;
        if (mapped != read)
        {
            throw new InvalidOperationException($"{_path}: the mapped and the pread binary searches disagree ({mapped} vs {read}).");
        }
    }

    /// <summary>Records the mapping figures and releases the table.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        MappingStats.Record(_setup, SmapsFigures.ForFile(_path));
        _table.Dispose();
        _handle.Dispose();
    }

    /// <summary>The read() version: binary search with one pread of the key per probe (as the sample's comparison does).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public long ReadCallBinarySearch()
    {
        Span<byte> key = stackalloc byte[sizeof(long)];
        long checksum = 0;
        foreach (long wanted in NextKeys())
        {
            long low = 0, high = _count - 1, found = -1;
            while (low <= high)
            {
                long middle = low + ((high - low) >> 1);
                RandomAccess.Read(_handle, key, _recordsOffset + (middle * _recordSize));
                long probe = BinaryPrimitives.ReadInt64LittleEndian(key);
                if (probe == wanted)
                {
                    found = middle;
                    break;
                }

                if (probe < wanted)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            checksum += found;
        }

        return checksum;
    }

    /// <summary>The sample's mapped search: ReadOnlyMappedTable.BinarySearch probing the key in place.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public long MappedStructsTableBinarySearch()
    {
        ReadOnlyMappedTable<Order> table = _table;
        long checksum = 0;
        foreach (long wanted in NextKeys())
        {
            checksum += table.BinarySearch(wanted, Order.KeyOf);
        }

        return checksum;
    }

    private ReadOnlySpan<long> NextKeys()
    {
        ReadOnlySpan<long> slice = _keys.AsSpan(_cursor, Lookups);
        _cursor = (_cursor + Lookups) % (_keys.Length - (_keys.Length % Lookups));
        return slice;
    }

    // The table file's documented header: record size (u32) at 16, records offset (u64) at 32, count (i64) at 56.
    private static (long RecordsOffset, int RecordSize, long Count) ReadHeader(SafeFileHandle file)
    {
        Span<byte> header = stackalloc byte[64];
        RandomAccess.Read(file, header, 0);
        return (BinaryPrimitives.ReadInt64LittleEndian(header[32..]), BinaryPrimitives.ReadInt32LittleEndian(header[16..]), BinaryPrimitives.ReadInt64LittleEndian(header[56..]));
    }
}
