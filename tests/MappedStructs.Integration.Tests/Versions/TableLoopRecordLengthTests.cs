using System;
using MappedStructs.Integration.Tests.Versions.Padded;
using MappedStructs.Integration.Tests.Versions.V2;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Versions;

/// <summary>
/// The record length the table loops (both enumerators, <c>EnumerateRefs</c>, the indexers) view records over: the layout's
/// size for a layout without added fields, checked once per loop, so a file whose records are shorter than such a layout is
/// refused as record spans refuse it; the file's shorter length for a layout with added fields, whose views read them as
/// their defaults; the layout's own size for a file of the layout's version and for a newer, longer one.
/// </summary>
public sealed class TableLoopRecordLengthTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string OlderFile() => VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);

    [Fact]
    public void Every_loop_form_refuses_records_shorter_than_a_layout_without_added_fields_naming_the_upgrade()
    {
        string path = OlderFile();
        using (var table = MappedTable<Padded.Quote>.Open(path, MapAccess.ReadWrite))
        {
            AssertRefused(Assert.Throws<NotSupportedException>(() => table.GetEnumerator()));
            AssertRefused(Assert.Throws<NotSupportedException>(() => table.EnumerateWritable()));
            AssertRefused(Assert.Throws<NotSupportedException>(() => table.EnumerateRefs()));
            AssertRefused(Assert.Throws<NotSupportedException>(() => table[0].IsReadOnly));
            AssertRefused(Assert.Throws<NotSupportedException>(() => table.GetReadOnly(1).Heap));
            Assert.Equal(VersionFixtures.Records, table.Count);
        }

        using var readOnly = ReadOnlyMappedTable<Padded.Quote>.Open(path);
        AssertRefused(Assert.Throws<NotSupportedException>(() => readOnly.GetEnumerator()));
        AssertRefused(Assert.Throws<NotSupportedException>(() => readOnly[^1].Heap));
        Assert.Throws<ArgumentOutOfRangeException>(() => readOnly[VersionFixtures.Records].Heap);
    }

    [Fact]
    public void Loops_over_an_older_file_view_its_shorter_records_for_a_layout_with_added_fields()
    {
        using var table = MappedTable<V2.Quote>.Open(OlderFile(), MapAccess.ReadWrite);
        int seen = 0;
        foreach (ReadOnlyMappedRecord<V2.Quote> record in table)
        {
            Assert.Equal(24, record.Bytes.Length);
            Assert.Equal(7L, ((V2.Quote.ReadOnlyRef)record).VenueId);
            Assert.Equal(VersionFixtures.Expected(seen).Id, record.Load().Id);
            seen++;
        }

        foreach (MappedRecord<V2.Quote> record in table.EnumerateWritable())
        {
            Assert.Equal(24, record.Bytes.Length);
            seen++;
        }

        Assert.Equal(2 * VersionFixtures.Records, seen);
        Assert.Equal(24, table[2].Bytes.Length);
        Assert.Equal(24, table.GetReadOnly(2).Bytes.Length);
        Assert.Equal(7L, ((V2.Quote.ReadOnlyRef)table.GetReadOnly(2)).VenueId);
    }

    [Fact]
    public void Loops_over_a_newer_file_view_the_prefix_their_layout_knows()
    {
        string path = _dir.File("quotes-v3.tbl");
        using (var newer = MappedTable<V3.Quote>.Create(path, 4))
        {
            newer.Append(new V3.Quote { Id = 1, Price = 1.5, Quantity = 2, VenueId = 41, Sequence = 901 });
            newer.Append(new V3.Quote { Id = 2, Price = 2.5, Quantity = 4, VenueId = 42, Sequence = 902 });
        }

        using var table = ReadOnlyMappedTable<V1.Quote>.Open(path);
        double sum = 0;
        foreach (V1.Quote.ReadOnlyRef quote in table)
        {
            sum += quote.Px;
        }

        Assert.Equal(4.0, sum);
        foreach (ReadOnlyMappedRecord<V1.Quote> record in table)
        {
            Assert.Equal(LayoutSize<V1.Quote>.Value, record.Bytes.Length);
        }

        Assert.Equal(LayoutSize<V1.Quote>.Value, table[1].Bytes.Length);
        Assert.Equal(4, ((V1.Quote.ReadOnlyRef)table[1]).Quantity);
    }

    [Fact]
    public void Loops_over_a_file_of_the_layouts_own_version_view_whole_records_with_their_values()
    {
        string path = _dir.File("quotes-v2.tbl");
        using var table = MappedTable<V2.Quote>.Create(path, 4);
        table.Append(new V2.Quote { Id = 5, Px = 0.5, Quantity = 3, Legacy = 1, VenueId = 70 });
        table.Append(new V2.Quote { Id = 6, Px = 1.5, Quantity = 4, Legacy = 2, VenueId = 71 });
        long venues = 0;
        foreach (V2.Quote.ReadOnlyRef quote in table)
        {
            venues += quote.VenueId;
        }

        foreach (V2.Quote.Ref quote in table.EnumerateRefs())
        {
            quote.VenueId += 100;
        }

        Assert.Equal(141L, venues);
        Assert.Equal(171L, ((V2.Quote.ReadOnlyRef)table.GetReadOnly(1)).VenueId);
        Assert.Equal(LayoutSize<V2.Quote>.Value, table.GetReadOnly(0).Bytes.Length);
    }

    private static void AssertRefused(NotSupportedException e)
    {
        Assert.Contains("Upgrade", e.Message, StringComparison.Ordinal);
        Assert.Contains("24-byte records of layout version 1", e.Message, StringComparison.Ordinal);
    }
}
