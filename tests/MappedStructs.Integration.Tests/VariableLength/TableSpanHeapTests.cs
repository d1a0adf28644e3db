using System;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// Record spans of a table whose layout has variable-length fields carry the table's heap: values read through
/// <c>Records</c>, slices, ranges, both enumerators, the read-only conversion, <c>CopyTo</c> and setters, on both table types.
/// </summary>
public sealed class TableSpanHeapTests : IDisposable
{
    private const int Count = 6;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static LogEntry EntryFor(int i) => new()
    {
        Timestamp = i,
        Level = i % 3,
        Message = i == 0 ? string.Empty : $"message {i} — ü",
        Payload = Enumerable.Range(0, i * 5).Select(b => (byte)(b ^ i)).ToArray(),
        Tags = [.. Enumerable.Range(0, i).Select(t => t * i)],
    };

    private string CreateTable()
    {
        string path = _dir.File("log.tbl");
        using var table = MappedTable<LogEntry>.Create(path, Count);
        for (int i = 0; i < Count; i++)
        {
            table.Append(EntryFor(i));
        }

        return path;
    }

    private static void AssertEntry(int i, LogEntry.Ref view) => AssertEntry(i, (LogEntry.ReadOnlyRef)view);

    private static void AssertEntry(int i, LogEntry.ReadOnlyRef view)
    {
        LogEntry expected = EntryFor(i);
        Assert.Equal(expected.Message, view.Message);
        Assert.Equal(expected.Payload.ToArray(), view.Payload.ToArray());
        Assert.Equal(expected.Tags, view.Tags.ToArray());
    }

    [Fact]
    public void A_writable_tables_spans_read_every_value_by_index_slice_range_and_foreach()
    {
        using var table = MappedTable<LogEntry>.Open(CreateTable(), MapAccess.ReadWrite);
        RecordSpan<LogEntry> records = table.Records;
        for (int i = 0; i < Count; i++)
        {
            AssertEntry(i, records[i]);
        }

        AssertEntry(Count - 1, records[^1]);
        AssertEntry(3, table.Slice(2, 3)[1]);
        AssertEntry(4, table[1..][3]);
        AssertEntry(5, records[2..][1..][2]);
        AssertEntry(3, records.Slice(3)[0]);

        int index = 0;
        foreach (LogEntry.Ref view in records)
        {
            AssertEntry(index++, view);
        }

        Assert.Equal(Count, index);
        ReadOnlyRecordSpan<LogEntry> readOnly = records[1..];
        index = 1;
        foreach (LogEntry.ReadOnlyRef view in readOnly)
        {
            AssertEntry(index++, view);
        }

        AssertEntry(2, table.ReadOnlyRecords[2]);
    }

    [Fact]
    public void A_read_only_tables_spans_read_every_value_and_copy_records_out_with_their_values()
    {
        using var table = ReadOnlyMappedTable<LogEntry>.Open(CreateTable());
        ReadOnlyRecordSpan<LogEntry> records = table.Records;
        for (int i = 0; i < Count; i++)
        {
            AssertEntry(i, records[i]);
        }

        AssertEntry(4, table[3..][1]);
        AssertEntry(1, table.Slice(1, 2)[0]);
        int index = 0;
        foreach (LogEntry.ReadOnlyRef view in records)
        {
            AssertEntry(index++, view);
        }

        LogEntry[] copied = records.ToArray();
        for (int i = 0; i < Count; i++)
        {
            Assert.Equal(EntryFor(i).Message, copied[i].Message);
            Assert.Equal(EntryFor(i).Payload.ToArray(), copied[i].Payload.ToArray());
            Assert.Equal(EntryFor(i).Tags, copied[i].Tags);
        }
    }

    [Fact]
    public void A_setter_through_a_span_appends_to_the_tables_heap()
    {
        string path = CreateTable();
        using (var table = MappedTable<LogEntry>.Open(path, MapAccess.ReadWrite))
        {
            long heapBefore = table.HeapLength;
            foreach (LogEntry.Ref view in table.Records)
            {
                view.Message = $"replaced {view.Timestamp}";
            }

            Assert.True(table.HeapLength > heapBefore);
        }

        using var reader = ReadOnlyMappedTable<LogEntry>.Open(path);
        for (int i = 0; i < Count; i++)
        {
            LogEntry.ReadOnlyRef view = reader.Records[i];
            Assert.Equal($"replaced {i}", view.Message);
            Assert.Equal(EntryFor(i).Tags, view.Tags.ToArray());
        }
    }

    [Fact]
    public void A_span_over_raw_bytes_still_reads_empty_values_and_refuses_others_pointing_to_the_table()
    {
        using var table = ReadOnlyMappedTable<LogEntry>.Open(CreateTable());
        byte[] empty = table[0].Bytes.ToArray();
        byte[] full = table[1].Bytes.ToArray();
        LogEntry.ReadOnlyRef emptyView = LogEntry.ReadOnlyRef.Span(empty, 1)[0];
        Assert.Equal(string.Empty, emptyView.Message);
        Assert.Equal(0, emptyView.Payload.Length);
        LogEntry.ReadOnlyRef fullView = LogEntry.ReadOnlyRef.Span(full, 1)[0];
        Assert.Equal(1, fullView.Timestamp);
        Assert.Throws<NotSupportedException>(() => ((LogEntry.ReadOnlyRef)LogEntry.ReadOnlyRef.Span(full, 1)[0]).Message);
    }
}
