using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using MappedStructs.TestSupport;
using MappedStructs.Tool.Tests.Layouts;

namespace MappedStructs.Tool.Tests.Heap;

/// <summary><c>info</c>, <c>verify</c>, <c>show</c> and <c>dump</c> on tables with variable-length fields.</summary>
public sealed class ToolHeapCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-tool-heap-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Info_describes_the_heap_and_counts_garbage_by_a_scan()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 10);
        long before;
        using (var table = MappedTable<Note>.Open(path, MapAccess.ReadWrite))
        {
            before = table.HeapLength;
            table.Ref(3).Body = "a replacement body of 29 byte";
        }

        var run = ToolRun.Of("info", path);

        Assert.Equal(0, run.ExitCode);
        using var described = DescribedTable.Open(path);
        Assert.Contains($"heap         notes.tbl.{described.HeapTableId}.heap: table id {described.HeapTableId}, published {described.HeapLength:N0} bytes, committed {described.HeapCommittedLength:N0}", run.Output, StringComparison.Ordinal);

        // Record 3's old body, with the padding that aligns the next value, is now garbage; everything else is referenced.
        long oldBody = (System.Text.Encoding.UTF8.GetByteCount(NoteTables.Body(3)) + 7) / 8 * 8;
        Assert.Equal(before + 32, described.HeapLength);
        Assert.Contains($"{before - oldBody + 32:N0} bytes referenced by ", run.Output, StringComparison.Ordinal);
        Assert.Contains($", {oldBody} garbage (", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_of_a_fixed_table_says_it_has_no_heap()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 2);

        var run = ToolRun.Of("info", path);

        Assert.Contains("heap none (the layout has no variable-length fields)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("heap use", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_passes_a_healthy_table_with_a_heap()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 30);

        var run = ToolRun.Of("verify", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("heap references checked", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_lists_each_bad_reference_naming_record_and_field()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 12);
        long heapLength;
        HeapReference tags;
        using (var table = DescribedTable.Open(path))
        {
            heapLength = table.HeapLength;
            tags = table.GetHeapReference(5, 3);
        }

        NoteTables.PatchReference(path, 2, 16, HeapReference.Create(heapLength, 1));
        NoteTables.PatchReference(path, 5, 24, HeapReference.Create(tags.Offset, tags.Length - 2));
        NoteTables.PatchReference(path, 9, 8, HeapReference.Create(HeapReference.MaxOffset, HeapReference.MaxLength));

        var run = ToolRun.Of("verify", path);

        Assert.Equal(1, run.ExitCode);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("3 problem(s) in ", lines[0], StringComparison.Ordinal);
        Assert.Contains("record 2: MappedStructs.Tool.Tests.Layouts.Note.Payload of record 2 of table", lines[1], StringComparison.Ordinal);
        Assert.Contains("record 5: MappedStructs.Tool.Tests.Layouts.Note.Tags of record 5 of table", lines[2], StringComparison.Ordinal);
        Assert.Contains("not a whole number of 4-byte elements", lines[2], StringComparison.Ordinal);
        Assert.Contains("record 9: MappedStructs.Tool.Tests.Layouts.Note.Body of record 9 of table", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_names_text_that_is_not_utf8()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 4);
        string heap;
        HeapReference body;
        using (var table = DescribedTable.Open(path))
        {
            heap = table.HeapPath!;
            body = table.GetHeapReference(3, 1);
        }

        NoteTables.PatchHeap(heap, body.Offset, [0xFF]);

        var run = ToolRun.Of("verify", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("record 3: MappedStructs.Tool.Tests.Layouts.Note.Body of record 3 of table", run.Output, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_of_a_table_whose_heap_is_missing_is_one_problem_naming_the_heap()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 2);
        string heap;
        using (var table = DescribedTable.Open(path))
        {
            heap = table.HeapPath!;
        }

        File.Delete(heap);

        var run = ToolRun.Of("verify", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.GetFileName(heap), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_text_quoted_blobs_in_hex_with_a_length_arrays_in_brackets_and_cuts_long_values()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 5);

        var run = ToolRun.Of("show", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"hello, heap\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"Ωmega 日本 ✓\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"" + new string('x', 48) + "\"…(300 bytes)", run.Output, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexString(NoteTables.Payload(1)) + " (1 bytes)", run.Output, StringComparison.Ordinal);
        Assert.Contains("[-2, 998]", run.Output, StringComparison.Ordinal);
        Assert.Contains(" (0 bytes)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_cuts_a_long_blob_and_a_long_array_saying_their_length()
    {
        string path = _dir.File("long.tbl");
        using (var table = MappedTable<Note>.Create(path, 1))
        {
            table.Append(new Note { Payload = new byte[1000], Tags = Enumerable.Range(0, 40).ToArray() });
        }

        var run = ToolRun.Of("show", path);

        Assert.Contains(new string('0', 48) + "…(1000 bytes)", run.Output, StringComparison.Ordinal);
        Assert.Contains("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, …(160 bytes)]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_writes_whole_values_as_json_strings_hex_and_arrays()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 10);

        var run = ToolRun.Of("dump", path, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        for (int i = 0; i < 10; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            Assert.Equal(NoteTables.Body(i), record.RootElement.GetProperty("Body").GetString());
            Assert.Equal(Convert.ToHexString(NoteTables.Payload(i)), record.RootElement.GetProperty("Payload").GetString());
            Assert.Equal(NoteTables.Tags(i), record.RootElement.GetProperty("Tags").EnumerateArray().Select(e => e.GetInt32()));
        }
    }

    [Fact]
    public void Dump_of_a_bad_reference_is_one_line_naming_record_and_field()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 3);
        NoteTables.PatchReference(path, 1, 16, HeapReference.Create(1 << 20, 8));

        var run = ToolRun.Of("dump", path, "--format", "csv");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Note.Payload of record 1 of table", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }
}
