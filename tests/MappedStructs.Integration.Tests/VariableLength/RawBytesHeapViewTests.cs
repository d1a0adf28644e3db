using System;
using System.Buffers.Binary;
using System.Linq;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// Views over raw bytes (no table, so <see cref="MappedHeap.Detached"/>): empty references read as the empty values and
/// store as 0, a non-empty value is refused with the message that says to use a table, before anything is written, and a
/// value that could never be stored is refused first; the element view converts elements of the other byte order.
/// </summary>
public sealed class RawBytesHeapViewTests
{
    [Fact]
    public void Empty_references_read_as_empty_values_without_a_heap()
    {
        byte[] bytes = new byte[LogEntry.Size];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, 42);
        var view = LogEntry.ReadOnlyRef.From(bytes);

        Assert.True(view.MessageBytes.IsEmpty);
        Assert.Equal(string.Empty, view.Message);
        Assert.True(view.Payload.IsEmpty);
        Assert.True(view.Tags.IsEmpty);
        LogEntry loaded = view.Load();
        Assert.Equal((42L, string.Empty, 0, 0), (loaded.Timestamp, loaded.Message, loaded.Payload.Length, loaded.Tags.Length));
        Assert.Equal(42L, LogEntry.LoadFrom(bytes).Timestamp);

        var big = BigFullLogEntry.ReadOnlyRef.From(new byte[BigFullLogEntry.Size]);
        Assert.Equal(0, big.Tags.Length);
        Assert.Empty(big.Load().Tags);
    }

    [Fact]
    public void A_non_empty_reference_is_refused_naming_the_field_and_the_table()
    {
        byte[] bytes = new byte[LogEntry.Size];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(LogEntry.Offsets.Payload), HeapReference.Create(8, 1).Bits);

        NotSupportedException error = Assert.Throws<NotSupportedException>(() => LogEntry.ReadOnlyRef.From(bytes).Payload.Length);
        Assert.Contains("LogEntry.Payload is variable-length", error.Message, StringComparison.Ordinal);
        Assert.Contains("through a table", error.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, LogEntry.Ref.From(bytes).Message);
    }

    [Fact]
    public void Store_of_empty_values_writes_the_fixed_fields_and_empty_references()
    {
        byte[] bytes = Enumerable.Repeat((byte)0xAA, LogEntry.Size).ToArray();
        LogEntry.Ref.From(bytes).Store(new LogEntry { Timestamp = 7, Level = 3, Message = string.Empty, Tags = [] });

        var view = LogEntry.ReadOnlyRef.From(bytes);
        Assert.Equal((7L, 3), (view.Timestamp, view.Level));
        Assert.Equal((0UL, 0UL, 0UL), (view.MessageReference.Bits, view.PayloadReference.Bits, view.TagsReference.Bits));
        LogEntry loaded = view.Load();
        Assert.Equal((7L, 3, string.Empty, 0, 0), (loaded.Timestamp, loaded.Level, loaded.Message, loaded.Payload.Length, loaded.Tags.Length));
    }

    [Fact]
    public void Store_of_any_non_empty_value_is_refused_before_writing()
    {
        LogEntry[] values =
        [
            new LogEntry { Timestamp = 1, Payload = new byte[] { 1 } },
            new LogEntry { Timestamp = 1, Tags = [5] },
            new LogEntry { Timestamp = 1, Message = "x" },
        ];
        foreach (LogEntry value in values)
        {
            byte[] bytes = Enumerable.Repeat((byte)0x5C, LogEntry.Size).ToArray();
            NotSupportedException error = Assert.Throws<NotSupportedException>(() => LogEntry.Ref.From(bytes).Store(value));
            Assert.Contains("through a table", error.Message, StringComparison.Ordinal);
            Assert.All(bytes, b => Assert.Equal(0x5C, b));
        }
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_refused_before_anything_else()
    {
        byte[] bytes = new byte[LogEntry.Size];
        ArgumentException error = Assert.Throws<ArgumentException>(() => LogEntry.Ref.From(bytes).Store(new LogEntry { Timestamp = 9, Message = "bad \uD800 text", Payload = new byte[] { 1 } }));
        Assert.Contains("LogEntry.Message", error.Message, StringComparison.Ordinal);
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
        Assert.All(bytes, b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_value_longer_than_a_reference_can_describe_is_refused()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => HeapFields.CheckLength(HeapReference.MaxLength + 1L, "LogEntry.Payload"));
        Assert.Contains("at most 268435455", error.Message, StringComparison.Ordinal);
        HeapFields.CheckLength(HeapReference.MaxLength, "LogEntry.Payload");
    }

    [Fact]
    public void Setters_over_raw_bytes_store_an_empty_value_and_refuse_another_leaving_the_reference()
    {
        byte[] bytes = new byte[LogEntry.Size];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(LogEntry.Offsets.Tags), HeapReference.Create(64, 4).Bits);
        var view = LogEntry.Ref.From(bytes);

        view.Tags = ReadOnlySpan<int>.Empty;
        Assert.True(view.TagsReference.IsEmpty);
        Assert.Throws<NotSupportedException>(() => LogEntry.Ref.From(bytes).Message = "hello");
        Assert.Throws<NotSupportedException>(() => LogEntry.Ref.From(bytes).Payload = new byte[] { 1, 2 });
        Assert.Throws<ArgumentException>(() => LogEntry.Ref.From(bytes).MessageBytes = new byte[] { 0xC3 });
        Assert.All(bytes, b => Assert.Equal(0, b));
    }

    [Fact]
    public void The_element_view_converts_each_element_and_copies_them()
    {
        byte[] heapBytes = new byte[12];
        for (int i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(heapBytes.AsSpan(i * 4), (i + 1) * 1_000_000);
        }

        HeapElements<int> elements = ElementsOf(heapBytes);
        Assert.Equal(3, elements.Length);
        Assert.Equal(2_000_000, elements[1]);
        Assert.Equal([1_000_000, 2_000_000, 3_000_000], elements.ToArray());
        int[] copy = new int[4];
        elements.CopyTo(copy);
        Assert.Equal([1_000_000, 2_000_000, 3_000_000, 0], copy);
        Assert.Throws<ArgumentException>(() => ElementsOf(heapBytes).CopyTo(new int[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ElementsOf(heapBytes)[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ElementsOf(heapBytes)[-1]);

        HeapElements<int> hostOrder = new[] { 7, 8 };
        Assert.Equal([7, 8], hostOrder.ToArray());
        Assert.True(((HeapElements<int>)(int[]?)null).IsEmpty);
    }

    [Theory]
    [InlineData(Endianness.Little)]
    [InlineData(Endianness.Big)]
    public void A_per_view_layout_reads_and_stores_empty_values_in_the_order_chosen(Endianness order)
    {
        byte[] bytes = new byte[WireNote.Size];
        WireNote.Ref.From(bytes, order).Store(new WireNote { Id = 0x0102, Title = string.Empty, Codes = [] });
        Assert.Equal(order == Endianness.Big ? 0x01 : 0x02, order == Endianness.Big ? bytes[6] : bytes[0]);

        var view = WireNote.ReadOnlyRef.From(bytes, order);
        Assert.Equal((0x0102L, string.Empty, 0), (view.Id, view.Title, view.Codes.Length));
        Assert.Empty(view.Load().Codes);
        Assert.Throws<NotSupportedException>(() => WireNote.Ref.From(bytes, order).Store(new WireNote { Id = 1, Codes = [1] }));
        Assert.Equal(0x0102L, WireNote.ReadOnlyRef.From(bytes, order).Id);
    }

    /// <summary>Big-endian elements as a big-endian layout's view sees them on this host (reversed on a little-endian one).</summary>
    private static HeapElements<int> ElementsOf(byte[] bytes) => new(bytes, reversed: BitConverter.IsLittleEndian);
}
