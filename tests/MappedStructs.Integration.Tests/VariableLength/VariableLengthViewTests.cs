using System;
using System.Buffers.Binary;
using MappedStructs.Integration.Tests.Heap;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// Generated views of layouts with variable-length fields, compiled by the real generator: the record's references read in
/// the layout's byte order; Load and Store refuse non-empty values over raw bytes, which have no heap, and tables of the layout
/// keep a heap file beside their records; a layout without such fields is untouched.
/// </summary>
public sealed class VariableLengthViewTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_layout_places_each_reference_in_8_bytes_and_describes_its_kind()
    {
        Assert.Equal(40, LogEntry.Size);
        Assert.Equal(
            [FieldKind.Scalar, FieldKind.Scalar, FieldKind.Text, FieldKind.Blob, FieldKind.VarArray],
            Array.ConvertAll([.. LayoutInfo.Of<LogEntry>().Fields], field => field.Kind));
        Assert.Contains("Text       text", LayoutInfo.Of<LogEntry>().Describe(), StringComparison.Ordinal);
        Assert.Contains("int32[]", LayoutInfo.Of<LogEntry>().Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_reads_its_offset_and_length_in_the_layout_byte_order()
    {
        byte[] little = new byte[LogEntry.Size];
        var message = HeapReference.Create(4096, 17);
        BinaryPrimitives.WriteUInt64LittleEndian(little.AsSpan(16), message.Bits);
        BinaryPrimitives.WriteUInt64LittleEndian(little.AsSpan(32), HeapReference.Create(HeapReference.MaxOffset, HeapReference.MaxLength).Bits);

        var view = LogEntry.ReadOnlyRef.From(little);
        Assert.Equal((4096L, 17, false), (view.MessageReference.Offset, view.MessageReference.Length, view.MessageReference.IsEmpty));
        Assert.True(view.PayloadReference.IsEmpty);
        Assert.Equal((HeapReference.MaxOffset, HeapReference.MaxLength), (view.TagsReference.Offset, view.TagsReference.Length));

        byte[] big = new byte[BigLogEntry.Size];
        BinaryPrimitives.WriteUInt64BigEndian(big.AsSpan(8), message.Bits);
        Assert.Equal(message, BigLogEntry.ReadOnlyRef.From(big).MessageReference);
    }

    [Fact]
    public void Load_over_raw_bytes_refuses_the_variable_length_fields()
    {
        // An empty reference reads as the empty value without a heap; a non-empty one needs the table's.
        byte[] bytes = new byte[LogEntry.Size];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(16), HeapReference.Create(0, 5).Bits);
        NotSupportedException error = Assert.Throws<NotSupportedException>(() => LogEntry.Ref.From(bytes).Load());
        Assert.Contains("LogEntry.Message is variable-length", error.Message, StringComparison.Ordinal);
        Assert.Contains("through a table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_into_raw_bytes_is_refused_before_writing_anything()
    {
        byte[] bytes = new byte[LogEntry.Size];
        var entry = new LogEntry { Timestamp = 5, Level = 2, Message = "hello", Tags = [1] };

        NotSupportedException error = Assert.Throws<NotSupportedException>(() => LogEntry.Ref.From(bytes).Store(entry));
        Assert.Contains("LogEntry.Message", error.Message, StringComparison.Ordinal);
        Assert.All(bytes, b => Assert.Equal(0, b));
        Assert.Throws<NotSupportedException>(() => LogEntry.StoreTo(entry, bytes));
    }

    [Fact]
    public void ToString_prints_the_references_and_never_throws()
    {
        byte[] bytes = new byte[LogEntry.Size];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(24), HeapReference.Create(64, 3).Bits);
        string text = LogEntry.ReadOnlyRef.From(bytes).ToString();
        Assert.Contains("empty", text, StringComparison.Ordinal);
        Assert.Contains("heap[64, 3 bytes]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_a_layout_with_variable_length_fields_opens_with_its_heap_every_way()
    {
        string path = _dir.File("log.tbl");
        using (var created = MappedTable<LogEntry>.Create(path, 4))
        {
            Assert.NotNull(created.HeapStore);
        }

        Assert.Single(HeapFiles.Of(_dir.Path, "log.tbl"));
        using var reader = ReadOnlyMappedTable<LogEntry>.Open(path);
        using var writer = MappedTable<LogEntry>.Open(path, MapAccess.ReadWrite);
        Assert.NotNull(reader.HeapStore);
        Assert.Equal(writer.HeapStore!.TableId, reader.HeapStore!.TableId);
    }

    [Fact]
    public void A_heap_reference_refuses_what_it_cannot_encode()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HeapReference.Create(-8, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeapReference.Create(HeapReference.MaxOffset + 8, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeapReference.Create(12, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeapReference.Create(0, HeapReference.MaxLength + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeapReference.Create(0, -1));
        Assert.Equal(0UL, HeapReference.Create(0, 0).Bits);
        Assert.Equal(HeapReference.MaxOffset + HeapReference.MaxLength, HeapReference.Create(HeapReference.MaxOffset, HeapReference.MaxLength).End);
    }
}
