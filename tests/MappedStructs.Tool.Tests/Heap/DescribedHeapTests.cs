using System;
using System.IO;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests.Heap;

/// <summary>A described table resolves variable-length fields through the runtime's heap: values equal, bad references named.</summary>
public sealed class DescribedHeapTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-described-heap-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Text_blob_and_array_values_read_as_written()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 40);

        using var table = DescribedTable.Open(path);

        Assert.Equal(40, table.Count);
        for (int i = 0; i < 40; i++)
        {
            Assert.Equal(NoteTables.Body(i), table.GetString(i, "Body"));
            Assert.Equal(NoteTables.Body(i), table.GetValue(i, "Body"));
            Assert.Equal(NoteTables.Payload(i), table.GetHeapBytes(i, "Payload").ToArray());
            Assert.Equal(NoteTables.Payload(i), (byte[])table.GetValue(i, "Payload"));
            Assert.Equal(NoteTables.Tags(i).Cast<object>(), (object[])table.GetValue(i, "Tags"));
        }
    }

    [Fact]
    public void Array_elements_of_a_big_endian_layout_read_in_its_byte_order()
    {
        string path = NoteTables.WriteBig(_dir.File("notes-big.tbl"), 12);

        using var table = DescribedTable.Open(path);

        for (int i = 0; i < 12; i++)
        {
            Assert.Equal(NoteTables.Tags(i).Select(t => (object)((long)t << 20)), (object[])table.GetValue(i, "Tags"));
            Assert.Equal(NoteTables.Body(i), table.GetString(i, "Body"));
        }
    }

    [Fact]
    public void The_heap_is_described_and_the_field_types_say_variable_length()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 5);

        using var table = DescribedTable.Open(path);

        Assert.NotNull(table.HeapPath);
        Assert.EndsWith($"notes.tbl.{table.HeapTableId}.heap", table.HeapPath, StringComparison.Ordinal);
        Assert.Equal(32, table.HeapTableId!.Length);
        Assert.True(table.HeapLength > 0);
        Assert.Equal(table.HeapLength, table.HeapCommittedLength);
        Assert.Equal(
            [FieldKind.Scalar, FieldKind.Text, FieldKind.Blob, FieldKind.VarArray],
            table.FieldTypes.Select(type => type.VariableLengthKind));
        Assert.Equal(FieldValueType.Int32, table.FieldTypes[3].VarArrayElementType);
        Assert.Null(table.FieldTypes[1].VarArrayElementType);
    }

    [Fact]
    public void A_fixed_layout_has_no_heap()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 3);

        using var table = DescribedTable.Open(path);

        Assert.Null(table.HeapPath);
        Assert.Null(table.HeapTableId);
        Assert.Equal(0, table.HeapLength);
        Assert.All(table.FieldTypes, type => Assert.False(type.IsVariableLength));
    }

    [Fact]
    public void A_reference_past_the_heap_is_invalid_data_naming_record_and_field()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 10);
        long heapLength;
        using (var table = DescribedTable.Open(path))
        {
            heapLength = table.HeapLength;
        }

        NoteTables.PatchReference(path, 7, 16, HeapReference.Create(heapLength - 8, 9));

        using var reopened = DescribedTable.Open(path);
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => reopened.GetHeapBytes(7, "Payload").ToArray());
        Assert.Contains("Payload of record 7 of table", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => reopened.GetValue(7, "Payload"));

        // Exactly at the end is still a value.
        NoteTables.PatchReference(path, 6, 16, HeapReference.Create(heapLength - 8, 8));
        using var again = DescribedTable.Open(path);
        Assert.Equal(8, again.GetHeapBytes(6, "Payload").Length);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_invalid_data_naming_record_and_field()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 3);
        HeapReference body;
        string heap;
        using (var table = DescribedTable.Open(path))
        {
            body = table.GetHeapReference(2, 1);
            heap = table.HeapPath!;
        }

        NoteTables.PatchHeap(heap, body.Offset, [0xC3, 0x28]);

        using var reopened = DescribedTable.Open(path);
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => reopened.GetString(2, "Body"));
        Assert.Contains("Note.Body of record 2 of table", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_of_part_of_an_element_is_invalid_data_naming_record_and_field()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 6);
        HeapReference tags;
        using (var table = DescribedTable.Open(path))
        {
            tags = table.GetHeapReference(5, 3);
        }

        NoteTables.PatchReference(path, 5, 24, HeapReference.Create(tags.Offset, tags.Length - 1));

        using var reopened = DescribedTable.Open(path);
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => reopened.GetValue(5, "Tags"));
        Assert.Contains("Note.Tags of record 5 of table", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a whole number of 4-byte elements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_heap_file_refuses_the_open_naming_it()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 2);
        string heap;
        using (var table = DescribedTable.Open(path))
        {
            heap = table.HeapPath!;
        }

        File.Delete(heap);

        InvalidTableFileException error = Assert.Throws<InvalidTableFileException>(() => DescribedTable.Open(path));
        Assert.Equal(TableFileProblem.HeapMismatch, error.Problem);
        Assert.Contains(Path.GetFileName(heap), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Heap_getters_refuse_a_fixed_field_naming_it()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 1);

        using var table = DescribedTable.Open(path);

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => table.GetHeapBytes(0, "Id").ToArray());
        Assert.Contains("'Id'", error.Message, StringComparison.Ordinal);
    }
}
