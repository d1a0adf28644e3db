using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MappedStructs.Integration.Tests.Spans;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// A table's access advice and prefaulting reach the kernel for exactly its records: Linux shows advice in the mapping's
/// VmFlags and prefaulted pages in its Rss (/proc/self/smaps).
/// </summary>
public sealed class TableAdviceTests : IDisposable
{
    private const int RecordSize = 32;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Advise_marks_every_mapped_record_and_not_the_header_page()
    {
        Assert.SkipUnless(Smaps.Available, "Advice is read back from /proc/self/smaps, which only Linux has.");
        using MappedTable<Reading> table = Filled(4096);

        table.Advise(MapAdvice.Sequential);

        nint first = AddressOf(table.GetReadOnly(0).Bytes);
        Assert.Contains("sr", VmFlagsAt(first));
        Assert.Contains("sr", VmFlagsAt(first + (nint)(table.Capacity * RecordSize) - 1));
        Assert.DoesNotContain("sr", VmFlagsAt(first - 1));
    }

    [Fact]
    public void Advise_of_a_range_of_a_read_only_table_marks_those_records_only()
    {
        Assert.SkipUnless(Smaps.Available, "Advice is read back from /proc/self/smaps, which only Linux has.");
        string path = _dir.File("readings.tbl");
        Filled(4096, path).Dispose();
        using var table = ReadOnlyMappedTable<Reading>.Open(path);

        // Records 1024 to 2047 are the records' pages 8 to 15 (128 records of 32 bytes a page).
        table.Advise(1024, 1024, MapAdvice.Random);

        nint first = AddressOf(table[0].Bytes);
        Assert.Contains("rr", VmFlagsAt(first + (1024 * RecordSize)));
        Assert.Contains("rr", VmFlagsAt(first + (2048 * RecordSize) - 1));
        Assert.DoesNotContain("rr", VmFlagsAt(first));
        Assert.DoesNotContain("rr", VmFlagsAt(first + (2048 * RecordSize)));
    }

    [Fact]
    public void Prefault_maps_the_published_records_in_now()
    {
        Assert.SkipUnless(Smaps.Available, "Resident pages are read from /proc/self/smaps, which only Linux has.");
        const int Count = 262_144;
        const long RecordsKiB = (long)Count * RecordSize / 1024;
        string path = _dir.File("readings.tbl");
        Filled(Count, path).Dispose();
        using var table = ReadOnlyMappedTable<Reading>.Open(path);
        nint first = AddressOf(table[0].Bytes);
        long before = Smaps.MappingAt(first).KiB("Rss");

        table.Prefault();

        long after = Smaps.MappingAt(first).KiB("Rss");
        Assert.True(before < RecordsKiB, $"{before} KiB were resident before prefaulting {RecordsKiB} KiB of records.");
        Assert.True(after >= RecordsKiB, $"{after} KiB are resident after prefaulting {RecordsKiB} KiB of records.");
    }

    [Fact]
    public void Bad_ranges_and_advice_throw_ArgumentOutOfRangeException()
    {
        using MappedTable<Reading> table = Filled(10);

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Advise(0, table.Capacity + 1, MapAdvice.Sequential));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Advise(-1, 1, MapAdvice.Sequential));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Advise(5, long.MaxValue, MapAdvice.Sequential));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Advise((MapAdvice)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Prefault(table.Capacity, 1));
        table.Prefault(0, table.Capacity, forWrite: true);
        table.Advise(0, 0, MapAdvice.WillNeed);
    }

    [Fact]
    public void Prefault_for_write_of_a_table_opened_Read_throws_InvalidOperationException()
    {
        string path = _dir.File("readings.tbl");
        Filled(10, path).Dispose();
        using var table = MappedTable<Reading>.Open(path);

        Assert.Throws<InvalidOperationException>(() => table.Prefault(0, 10, forWrite: true));
        table.Prefault(0, 10);
    }

    [Fact]
    public void Advice_and_prefault_of_disposed_tables_throw_ObjectDisposedException()
    {
        string path = _dir.File("readings.tbl");
        MappedTable<Reading> table = Filled(10, path);
        var reader = ReadOnlyMappedTable<Reading>.Open(path);
        table.Dispose();
        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => table.Advise(MapAdvice.Sequential));
        Assert.Throws<ObjectDisposedException>(() => table.Prefault());
        Assert.Throws<ObjectDisposedException>(() => reader.Advise(0, 1, MapAdvice.Random));
        Assert.Throws<ObjectDisposedException>(() => reader.Prefault(0, 1));
    }

    private MappedTable<Reading> Filled(int count, string? path = null)
    {
        var table = MappedTable<Reading>.Create(path ?? _dir.File("readings.tbl"), count);
        table.AppendRange(Enumerable.Range(0, count).Select(i => new Reading { Id = i, Price = i, Sensor = i, Unit = "C" }).ToArray());
        return table;
    }

    private static unsafe nint AddressOf(ReadOnlySpan<byte> bytes) => (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(bytes));

    private static IReadOnlyList<string> VmFlagsAt(nint address) => Smaps.MappingAt(address).VmFlags;
}
