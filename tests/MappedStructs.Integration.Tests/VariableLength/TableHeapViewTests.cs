using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using MappedStructs.Integration.Tests.Heap;
using MappedStructs.Integration.Tests.VariableLength.V1;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// Generated views of layouts with variable-length fields over real tables: values appended, read back after reopening
/// (in place and through Load), replaced by setters (the old value's bytes stay where they were) and by Store, in both
/// byte orders, and a version-1 file read and written by version-2 code whose added field is variable-length.
/// </summary>
public sealed class TableHeapViewTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly LogEntry s_entry = new()
    {
        Timestamp = 1_700_000_000,
        Level = 4,
        Message = "disk nearly full: 97 % — ünïcödé ✓",
        Payload = new byte[] { 0xFF, 0xFE, 0x00, 0x80 },
        Tags = [3, -1, int.MaxValue],
    };

    [Fact]
    public void Appended_values_read_back_in_place_and_through_Load_after_reopening()
    {
        string path = _dir.File("log.tbl");
        using (var table = MappedTable<LogEntry>.Create(path, 4))
        {
            table.Append(s_entry);
            table.Append(new LogEntry { Timestamp = 2 });
        }

        using var reader = ReadOnlyMappedTable<LogEntry>.Open(path);
        LogEntry.ReadOnlyRef first = reader[0];
        Assert.Equal(s_entry.Message, first.Message);
        Assert.Equal(Encoding.UTF8.GetBytes(s_entry.Message), first.MessageBytes.ToArray());
        Assert.Equal(s_entry.Payload.ToArray(), first.Payload.ToArray());
        Assert.Equal(s_entry.Tags, first.Tags.ToArray());
        Assert.Equal(s_entry.Message, reader[0].Message);
        Assert.Equal(s_entry.Tags, reader[0].Tags.ToArray());

        LogEntry loaded = reader[0].Load();
        Assert.Equal((s_entry.Timestamp, s_entry.Level, s_entry.Message), (loaded.Timestamp, loaded.Level, loaded.Message));
        Assert.Equal(s_entry.Payload.ToArray(), loaded.Payload.ToArray());
        Assert.Equal(s_entry.Tags, loaded.Tags);

        LogEntry empty = reader[1].Load();
        Assert.Equal((string.Empty, 0, 0), (empty.Message, empty.Payload.Length, empty.Tags.Length));
        Assert.Contains($"Message = {s_entry.Message},", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("Payload = heap[", first.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Big_endian_values_round_trip_and_their_array_is_stored_big_endian()
    {
        string path = _dir.File("big.tbl");
        var entry = new BigFullLogEntry { Timestamp = 5, Level = 1, Message = "β", Payload = [1, 2, 3], Tags = [0x01020304, -2] };
        using (var table = MappedTable<BigFullLogEntry>.Create(path, 2))
        {
            table.Append(entry);
        }

        using var reader = ReadOnlyMappedTable<BigFullLogEntry>.Open(path);
        BigFullLogEntry.ReadOnlyRef view = reader[0];
        Assert.Equal("β", view.Message);
        Assert.Equal(new byte[] { 1, 2, 3 }, view.Payload.ToArray());
        Assert.Equal(2, view.Tags.Length);
        Assert.Equal(0x01020304, view.Tags[0]);
        Assert.Equal(entry.Tags, view.Load().Tags);

        // The heap holds the elements in the layout's order: the first tag's bytes are 01 02 03 04.
        byte[] heap = HeapFiles.ReadShared(HeapFiles.Of(_dir.Path, "big.tbl").Single());
        Assert.True(ContainsSequence(heap, [1, 2, 3, 4, 0xFF, 0xFF, 0xFF, 0xFE]));
    }

    [Fact]
    public void Setters_append_the_new_value_and_swap_the_reference_leaving_the_old_bytes()
    {
        string path = _dir.File("log.tbl");
        using var table = MappedTable<LogEntry>.Create(path, 2);
        table.Append(s_entry);
        LogEntry.Ref record = table.Ref(0);
        HeapReference oldMessage = record.MessageReference;
        byte[] oldBytes = record.MessageBytes.ToArray();

        record.Message = "replaced";
        record.Payload = new byte[] { 9 };
        record.Tags = new[] { 10, 20 };
        Assert.NotEqual(oldMessage, record.MessageReference);
        Assert.Equal("replaced", record.Message);
        Assert.Equal(new byte[] { 9 }, record.Payload.ToArray());
        Assert.Equal([10, 20], record.Tags.ToArray());
        record.MessageBytes = "bytes too"u8;
        Assert.Equal("bytes too", table[0].Message);

        // The old value is garbage in the heap, but its bytes are where they were: a reader holding the old reference is fine.
        MappedRecord<LogEntry> slot = table[0];
        Assert.Equal(oldBytes, HeapFields.Bytes(slot.Heap, oldMessage.Bits, ref MemoryMarshal.GetReference(slot.Bytes), "LogEntry.Message").ToArray());

        table.Ref(0).Message = "through the slot";
        Assert.Equal("through the slot", table[0].Message);
        record.Message = string.Empty;
        Assert.True(record.MessageReference.IsEmpty);
    }

    [Fact]
    public void Setters_and_Store_refuse_what_cannot_be_stored_without_touching_the_record_or_the_heap()
    {
        string path = _dir.File("log.tbl");
        using var table = MappedTable<LogEntry>.Create(path, 2);
        table.Append(s_entry);
        long heapLength = table.HeapLength;
        byte[] before = table[0].Bytes.ToArray();

        Assert.Throws<ArgumentException>(() => table.Ref(0).Store(s_entry with { Timestamp = 1, Message = "\uDC00", Payload = new byte[100] }));
        Assert.Throws<ArgumentException>(() => table.Ref(0).MessageBytes = new byte[] { 0xFF });
        Assert.ThrowsAny<ArgumentException>(() => table.Ref(0).Message = "lone \uD83D");
        Assert.Equal(before, table[0].Bytes.ToArray());
        Assert.Equal(heapLength, table.HeapLength);
    }

    [Fact]
    public void Store_through_a_table_record_appends_the_values_then_writes_the_record()
    {
        string path = _dir.File("log.tbl");
        using (var table = MappedTable<LogEntry>.Create(path, 2))
        {
            table.Append(new LogEntry { Timestamp = 1 });
            table.Ref(0).Store(s_entry);
        }

        using var reader = ReadOnlyMappedTable<LogEntry>.Open(path);
        Assert.Equal(s_entry.Message, reader[0].Message);
        Assert.Equal(s_entry.Tags, reader[0].Load().Tags);
    }

    [Fact]
    public void Arrays_of_8_byte_and_1_byte_elements_round_trip_in_both_orders()
    {
        long[] counts = [long.MinValue, 0, 1, long.MaxValue];
        double[] values = [double.NaN, -0.0, 1e300, double.Epsilon];
        sbyte[] deltas = [-128, 0, 127];
        using (var little = MappedTable<Samples>.Create(_dir.File("s.tbl"), 1))
        using (var big = MappedTable<BigSamples>.Create(_dir.File("b.tbl"), 1))
        {
            little.Append(new Samples { Counts = counts, Values = values, Deltas = deltas });
            big.Append(new BigSamples { Counts = counts, Values = values, Deltas = deltas });
        }

        using var littleReader = ReadOnlyMappedTable<Samples>.Open(_dir.File("s.tbl"));
        using var bigReader = ReadOnlyMappedTable<BigSamples>.Open(_dir.File("b.tbl"));
        Assert.Equal(counts, littleReader[0].Counts.ToArray());
        Assert.Equal(values, littleReader[0].Values.ToArray());
        Assert.Equal(deltas, littleReader[0].Deltas.ToArray());
        Assert.Equal(counts, bigReader[0].Counts.ToArray());
        Assert.Equal(values, bigReader[0].Values.ToArray());
        Assert.Equal(deltas, bigReader[0].Deltas.ToArray());
        Assert.Equal(values, bigReader[0].Load().Values);
    }

    [Fact]
    public void Version_two_code_reads_the_added_text_of_a_version_one_record_as_empty_and_refuses_to_set_it()
    {
        string path = _dir.File("memo.tbl");
        using (var table = MappedTable<Memo>.Create(path, 2))
        {
            table.Append(new Memo { Id = 1, Body = [7, 7] });
        }

        using (var reader = ReadOnlyMappedTable<V2.Memo>.Open(path))
        {
            V2.Memo.ReadOnlyRef view = reader[0];
            Assert.Equal(string.Empty, view.Title);
            Assert.True(view.TitleBytes.IsEmpty);
            Assert.True(view.TitleReference.IsEmpty);
            V2.Memo loaded = view.Load();
            Assert.Equal((1L, string.Empty), (loaded.Id, loaded.Title));
            Assert.Equal(new byte[] { 7, 7 }, loaded.Body);
        }

        using var writer = MappedTable<V2.Memo>.Open(path, MapAccess.ReadWrite);
        long heapLength = writer.HeapLength;
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => ((V2.Memo.Ref)writer[0]).Title = "new");
        Assert.Contains("Memo.Title was added in layout version 2", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ((V2.Memo.Ref)writer[0]).Store(new V2.Memo { Id = 2, Title = "t" }));
        Assert.Equal(heapLength, writer.HeapLength);
        Assert.Equal(1L, ((V2.Memo.ReadOnlyRef)writer.GetReadOnly(0)).Id);

        ((V2.Memo.Ref)writer[0]).Store(new V2.Memo { Id = 3, Body = [1] });
        V2.Memo.ReadOnlyRef stored = writer.GetReadOnly(0);
        Assert.Equal((3L, 1, string.Empty), (stored.Id, stored.Body.Length, stored.Title));
    }

    private static bool ContainsSequence(byte[] haystack, byte[] needle) =>
        Enumerable.Range(0, haystack.Length - needle.Length + 1).Any(i => haystack.AsSpan(i, needle.Length).SequenceEqual(needle));
}
