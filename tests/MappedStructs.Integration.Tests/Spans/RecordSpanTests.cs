using System;
using System.Buffers.Binary;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Spans;

// IDE0008 wants the record slot's type spelled out; these tests read records as a user writes the loop, with var.
#pragma warning disable IDE0008

/// <summary>Record spans over views and bytes: checked once when made, then indexed, sliced and enumerated in place.</summary>
public sealed class RecordSpanTests : IDisposable
{
    private const int Size = Reading.Size;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_span_at_an_offset_of_a_view_reads_each_record_in_place()
    {
        using var file = MappedFile.CreateAnonymous(4096);
        using MappedView view = file.CreateView();
        WriteReadings(view, offset: 100, count: 5);

        var first = Reading.ReadOnlyRef.From(view, 100);
        ReadOnlyRecordSpan<Reading> readings = Reading.ReadOnlyRef.Span(view, 100, 5);

        Assert.Equal(5, readings.Length);
        Assert.False(readings.IsEmpty);
        Assert.Equal(first.Id, readings[0].Id);
        Assert.Equal(4, readings[4].Id);
        Assert.Equal(4, readings[^1].Id);
        Assert.Equal(2.0, readings[4].Price);
        long ids = 0;
        foreach (var r in readings)
        {
            ids += r.Id;
        }

        Assert.Equal(0 + 1 + 2 + 3 + 4, ids);
    }

    [Fact]
    public void A_writable_span_writes_in_place_and_converts_to_a_read_only_one()
    {
        using var file = MappedFile.CreateAnonymous(4096);
        using MappedView view = file.CreateView();
        WriteReadings(view, offset: 8, count: 4);

        RecordSpan<Reading> readings = Reading.Ref.Span(view, 8, 4);

        // A write through a foreach variable or an indexer's result needs the view's type (an extension setter there is CS1654/CS1612).
        foreach (Reading.Ref r in readings)
        {
            r.Price *= 2;
        }

        ((Reading.Ref)readings[^1]).Unit = "bar";
        ReadOnlyRecordSpan<Reading> readOnly = readings;
        Assert.Equal([0.0, 1.0, 2.0, 3.0], readOnly.ToArray().Select(r => r.Price));
        Assert.Equal("bar", Reading.ReadOnlyRef.From(view, 8 + (3 * Size)).Unit);
    }

    [Fact]
    public void Slices_and_ranges_view_the_same_records()
    {
        byte[] bytes = new byte[Size * 10];
        RecordSpan<Reading> all = Reading.Ref.Span(bytes, 10);
        for (int i = 0; i < 10; i++)
        {
            ((Reading.Ref)all[i]).Id = i;
        }

        Assert.Equal([3L, 4L, 5L], Ids(all.Slice(3, 3)));
        Assert.Equal([7L, 8L, 9L], Ids(all.Slice(7)));
        Assert.Equal([2L, 3L], Ids(all[2..4]));
        Assert.Equal([8L, 9L], Ids(all[^2..]));
        Assert.Equal([5L], Ids(all[3..^1][2..3]));
        Assert.True(all[10..].IsEmpty);
        Assert.True(all.Slice(10, 0).IsEmpty);
    }

    [Fact]
    public void CopyTo_and_ToArray_load_every_record()
    {
        byte[] bytes = new byte[Size * 3];
        RecordSpan<Reading> span = Reading.Ref.Span(bytes, 3);
        span[1].Store(new Reading { Id = 9, Price = 1.5, Sensor = 2, Unit = "K" });

        var copies = new Reading[4];
        span.CopyTo(copies);

        Assert.Equal(new Reading { Id = 9, Price = 1.5, Sensor = 2, Unit = "K" }, copies[1]);
        Assert.Equal(copies[..3], span.ToArray());
        Assert.Throws<ArgumentException>(() => Reading.ReadOnlyRef.Span(bytes, 3).CopyTo(new Reading[2]));
    }

    [Fact]
    public void Empty_and_default_spans_have_no_records()
    {
        ReadOnlyRecordSpan<Reading> empty = Reading.ReadOnlyRef.Span(ReadOnlySpan<byte>.Empty, 0);
        Assert.True(empty.IsEmpty);
        Assert.Empty(empty.ToArray());
        foreach (var r in empty)
        {
            Assert.Fail("an empty span enumerated record " + r.Id);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = default(ReadOnlyRecordSpan<Reading>)[0].Id; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span([], 0)[^1].Id; });
    }

    [Fact]
    public void Indices_and_slices_outside_the_span_throw()
    {
        byte[] bytes = new byte[Size * 4];
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4)[4].Id; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4)[-1].Id; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4)[^5].Id; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4).Slice(5); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4).Slice(2, 3); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4).Slice(1, long.MaxValue); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4).Slice(-1, 1); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4)[3..2]; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4)[..5]; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.Ref.Span(bytes, 4)[^5..]; });
    }

    [Fact]
    public void A_span_that_does_not_fit_is_refused_when_made()
    {
        using var file = MappedFile.CreateAnonymous(4096);
        using MappedView view = file.CreateView(0, Size * 4);
        byte[] bytes = new byte[(Size * 4) - 1];

        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 4); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.Ref.Span(bytes, -1); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(view, 1, 4); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(view, view.Length + 1, 0); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(view, -1, 1); });

        // A count whose byte length overflows 64 bits is refused, not wrapped into a small range.
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(view, 0, long.MaxValue); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.Ref.Span(view, 0, (long.MaxValue / Size) + 2); });
        Assert.Equal(0, Reading.ReadOnlyRef.Span(view, view.Length, 0).Length);
        Assert.Equal(4, Reading.ReadOnlyRef.Span(view, 0, 4).Length);
    }

    [Fact]
    public void Writable_spans_need_a_writable_live_view()
    {
        string path = _dir.File("data.bin");
        System.IO.File.WriteAllBytes(path, new byte[Size * 2]);
        using var file = MappedFile.Open(path, MapAccess.Read);
        MappedView view = file.CreateView();

        Assert.Throws<InvalidOperationException>(() => { _ = Reading.Ref.Span(view, 0, 2); });
        Assert.Equal(2, Reading.ReadOnlyRef.Span(view, 0, 2).Length);
        view.Dispose();
        Assert.Throws<ObjectDisposedException>(() => { _ = Reading.ReadOnlyRef.Span(view, 0, 2); });
        Assert.Throws<ArgumentNullException>(() => { _ = Reading.ReadOnlyRef.Span(null!, 0, 2); });
    }

    [Fact]
    public void Enumerator_current_outside_the_records_throws()
    {
        byte[] bytes = new byte[Size];
        Assert.Throws<InvalidOperationException>(() => { _ = Reading.ReadOnlyRef.Span(bytes, 1).GetEnumerator().Current.Id; });
        Assert.Throws<InvalidOperationException>(() =>
        {
            var records = Reading.Ref.Span(bytes, 1).GetEnumerator();
            while (records.MoveNext())
            {
            }

            Assert.False(records.MoveNext());
            _ = records.Current.Id;
        });
    }

    [Fact]
    public void Atomic_layouts_need_every_record_aligned()
    {
        using var file = MappedFile.CreateAnonymous(4096);
        using MappedView view = file.CreateView();

        Assert.Equal(3, Counter.Ref.Span(view, 16, 3).Length);
        Assert.Throws<ArgumentException>(() => { _ = Counter.Ref.Span(view, 4, 3); });
        Assert.Throws<ArgumentException>(() => { _ = Counter.ReadOnlyRef.Span(view.ReadOnlySpan[4..], 1); });

        // A 20-byte stride: the first record is aligned, the second would not be.
        Assert.Equal(1, OddCounter.Ref.Span(view, 0, 1).Length);
        Assert.Throws<ArgumentException>(() => { _ = OddCounter.Ref.Span(view, 0, 2); });
        Assert.Equal(0, OddCounter.ReadOnlyRef.Span(view, 4, 0).Length);
    }

    private static long[] Ids(ReadOnlyRecordSpan<Reading> span)
    {
        var ids = new long[span.Length];
        for (long i = 0; i < span.Length; i++)
        {
            ids[i] = span[i].Id;
        }

        return ids;
    }

    private static void WriteReadings(MappedView view, long offset, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Reading.Ref.From(view, offset + ((long)i * Size)).Store(new Reading { Id = i, Price = 0.5 * i, Sensor = i, Unit = "C" });
        }

        // The record's Id is its first 8 bytes, little-endian: an independent check that the views wrote where they should.
        Assert.Equal(count - 1, BinaryPrimitives.ReadInt64LittleEndian(view.ReadOnlySpan.Slice((int)offset + ((count - 1) * Size), 8)));
    }
}
