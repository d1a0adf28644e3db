using System;
using System.Buffers.Binary;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>A fill as a user declares it, with a <see cref="DateTime"/> field.</summary>
[MappedLayout]
public partial record struct Fill
{
    public long OrderId { get; init; }

    public DateTime At { get; init; }
}

/// <summary>
/// What a DateTime field gives back (docs/layouts.md, "DateTime fields"): the ticks written, no time zone conversion, and
/// <see cref="DateTimeKind.Unspecified"/> whatever the written value's kind.
/// </summary>
public sealed class DateTimeFieldTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void A_DateTime_field_keeps_the_ticks_and_reads_back_Unspecified(DateTimeKind kind)
    {
        var written = new DateTime(2026, 12, 1, 16, 30, 15, 123, kind);
        using var table = MappedTable<Fill>.Create(_dir.File("fills.tbl"), 1);

        table.Append(new Fill { OrderId = 7, At = written });
        DateTime viaView = ((Fill.ReadOnlyRef)table.GetReadOnly(0)).At;
        DateTime viaLoad = table.GetReadOnly(0).Load().At;

        Assert.Equal(written.Ticks, viaView.Ticks);
        Assert.Equal(DateTimeKind.Unspecified, viaView.Kind);
        Assert.Equal(written.Ticks, viaLoad.Ticks);
        Assert.Equal(DateTimeKind.Unspecified, viaLoad.Kind);
        Assert.Equal(written.Ticks, BinaryPrimitives.ReadInt64LittleEndian(table.GetReadOnly(0).Bytes[8..]));
    }

    [Fact]
    public void Ticks_beyond_DateTime_MaxValue_throw_when_read()
    {
        byte[] bytes = new byte[Fill.Size];
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(8), DateTime.MaxValue.Ticks + 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => Fill.ReadOnlyRef.From((ReadOnlySpan<byte>)bytes).At);
    }
}
