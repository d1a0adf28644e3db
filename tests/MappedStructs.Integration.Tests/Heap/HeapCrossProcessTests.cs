using System;
using System.IO;
using System.Runtime.InteropServices;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>A reader follows a writer in another process: its stale heap mapping resolves the new values through the slow path, which remaps.</summary>
public sealed class HeapCrossProcessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_stale_heap_resolves_values_another_process_appended_past_its_mapping()
    {
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, HeapAppenderChild.BodyFor(0, 10));
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        MappedHeap stale = reader[0].Heap;
        Assert.Equal(HeapFormat.MinimumDataLength, stale._mappedLength);

        ProcessOutcome outcome = HeapCommitTests.RunChild(path, 12, 20_000, "exit").EnsureSuccess("the heap appender process");
        Assert.Equal("appended 13", outcome.Output.Trim());

        Assert.Equal(13, reader.Count);
        for (long i = 1; i < 13; i++)
        {
            ReadOnlySpan<byte> record = reader[i].Bytes;
            ReadOnlySpan<byte> body = HeapFields.Bytes(stale, Note.BodyWord(record), ref MemoryMarshal.GetReference(record), Note.BodyField);
            Assert.Equal(HeapAppenderChild.BodyFor(i, 20_000), body.ToArray());
            Assert.True(reader[i].Load().IsConsistent);
        }

        Assert.True(reader[12].Heap._mappedLength >= 12 * 20_000);
        Assert.Equal(HeapFormat.MinimumDataLength, stale._mappedLength);
        Assert.Equal(16 + (12 * 20_000), reader.HeapLength);
    }

    [Fact]
    public void A_table_without_variable_length_fields_keeps_no_heap_and_its_layout_text_unchanged()
    {
        string path = _dir.File("ticks.tbl");
        using (var table = MappedTable<Tables.Tick>.Create(path, 4))
        {
            table.Append(Tables.Tick.Create(1, 2));
            Assert.Null(table.HeapStore);
            Assert.Equal(0, table.HeapLength);
            Assert.False(table[0].Heap.IsAttached);
        }

        Assert.Equal([path], Directory.GetFiles(_dir.Path));
        byte[] bytes = File.ReadAllBytes(path);
        string text = Tables.Tick.Layout.Describe();
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(bytes, TableFormat.LayoutTextOffset, text.Length));
        Assert.Equal(0, bytes[TableFormat.LayoutTextOffset + text.Length]);
        Assert.DoesNotContain("heap=", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
