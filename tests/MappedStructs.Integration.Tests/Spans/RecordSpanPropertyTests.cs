using System;
using CsCheck;

namespace MappedStructs.Integration.Tests.Spans;

// IDE0008 wants the record slot's type spelled out; these tests read records as a user writes the loop, with var.
#pragma warning disable IDE0008

/// <summary>A record span over any bytes reads what a view made record by record with <c>From</c> reads.</summary>
public sealed class RecordSpanPropertyTests
{
    private const int Size = Reading.Size;

    [Fact]
    public void A_span_reads_the_same_values_as_per_record_views()
    {
        Gen.Select(Gen.Byte.Array[0, Size * 12], Gen.Int[0, Size * 2], Gen.Int[0, 12])
            .Sample((bytes, start, count) =>
            {
                int offset = Math.Min(start, bytes.Length);
                if (count > (bytes.Length - offset) / Size)
                {
                    Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Reading.ReadOnlyRef.Span(bytes.AsSpan(offset), count); });
                    return;
                }

                ReadOnlySpan<byte> at = bytes.AsSpan(offset);
                ReadOnlyRecordSpan<Reading> span = Reading.ReadOnlyRef.Span(at, count);
                Assert.Equal(count, span.Length);
                long index = 0;
                foreach (var r in span)
                {
                    var single = Reading.ReadOnlyRef.From(at[(int)(index * Size)..]);
                    Assert.Equal(single.Id, r.Id);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(single.Price), BitConverter.DoubleToInt64Bits(span[index].Price));
                    Assert.Equal(single.Sensor, r.Sensor);
                    Assert.True(single.UnitBytes.SequenceEqual(r.UnitBytes));
                    Assert.Equal(single.ToString(), ((Reading.ReadOnlyRef)span[^(int)(count - index)]).ToString());
                    index++;
                }

                Assert.Equal(count, index);
            });
    }
}
