using System;
using System.IO;
using System.Linq;
using MappedStructs.Integration.Tests.Versions.V1;
using MappedStructs.Integration.Tests.Versions.V2;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Versions;

/// <summary>
/// Every accessor that addresses records in bulk (record spans and their slices, ranges, indexers, enumerators and copies,
/// the typed <c>EnumerateRefs</c>, <c>Sort</c>, the binary searches and <c>TrimExcess</c>) on table files of another layout
/// version: the committed version-1 file through version-2 and version-3 code (records shorter than the layout: added
/// fields read as their defaults), and a version-3 file through version-1 code (records longer than the layout: the prefix
/// is read, the rest moves with its record).
/// </summary>
public sealed class OtherStrideAccessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string OlderFile() => VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);

    private string NewerFile(params long[] ids)
    {
        string path = _dir.File("quotes-v3.tbl");
        using var table = MappedTable<V3.Quote>.Create(path, ids.Length * 2L);
        foreach (long id in ids)
        {
            table.Append(new V3.Quote { Id = id, Price = id + 0.5, Quantity = (int)id * 2, VenueId = 40 + id, Sequence = 900 + id });
        }

        return path;
    }

    private static V2.Quote AsVersionTwo(V1.Quote quote) =>
        new() { Id = quote.Id, Px = quote.Px, Quantity = quote.Quantity, Legacy = quote.Legacy, VenueId = 7 };

    [Fact]
    public void Record_spans_of_an_older_file_read_its_values_and_the_added_field_as_its_default()
    {
        using var table = ReadOnlyMappedTable<V2.Quote>.Open(OlderFile());
        ReadOnlyRecordSpan<V2.Quote> records = table.Records;
        Assert.Equal(VersionFixtures.Records, records.Length);
        for (long i = 0; i < records.Length; i++)
        {
            Assert.Equal(AsVersionTwo(VersionFixtures.Expected((int)i)), records[i].Load());
            Assert.Equal(7L, ((V2.Quote.ReadOnlyRef)records[i]).VenueId);
        }

        int seen = 0;
        foreach (V2.Quote.ReadOnlyRef quote in records)
        {
            Assert.Equal(VersionFixtures.Expected(seen).Quantity, quote.Quantity);
            Assert.Equal(7L, quote.VenueId);
            seen++;
        }

        Assert.Equal(VersionFixtures.Records, seen);
        Assert.Equal(VersionFixtures.Expected(2).Id, records[^1].Load().Id);
        Assert.Equal([AsVersionTwo(VersionFixtures.Expected(1)), AsVersionTwo(VersionFixtures.Expected(2))], records[1..].ToArray());
        Assert.Equal(VersionFixtures.Expected(1).Id, records.Slice(1, 1)[0].Load().Id);
        Assert.Equal(VersionFixtures.Expected(2).Id, table[1..3][1].Load().Id);
        Assert.Equal(VersionFixtures.Expected(1).Id, table.Slice(1, 2)[0].Load().Id);
        var copies = new V2.Quote[VersionFixtures.Records];
        records.CopyTo(copies);
        Assert.Equal(Enumerable.Range(0, VersionFixtures.Records).Select(i => AsVersionTwo(VersionFixtures.Expected(i))), copies);
    }

    [Fact]
    public void Record_spans_of_an_older_file_check_their_bounds()
    {
        using var table = ReadOnlyMappedTable<V2.Quote>.Open(OlderFile());
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Records[VersionFixtures.Records].Load());
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Records[-1].Load());
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Records.Slice(1, VersionFixtures.Records).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Records[1..][2].Load());
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Slice(2, 2).Length);
        Assert.Throws<InvalidOperationException>(() =>
        {
            ReadOnlyRecordSpan<V2.Quote>.Enumerator enumerator = table.Records.GetEnumerator();
            return enumerator.Current.Load();
        });
    }

    [Fact]
    public void Writable_spans_and_EnumerateRefs_of_an_older_file_write_the_fields_its_records_have_and_refuse_the_added_one()
    {
        string path = OlderFile();
        using (var table = MappedTable<V2.Quote>.Open(path, MapAccess.ReadWrite))
        {
            foreach (V2.Quote.Ref quote in table.EnumerateRefs())
            {
                quote.Quantity += 1;
            }

            RecordSpan<V2.Quote> records = table.Records;
            foreach (V2.Quote.Ref quote in records.EnumerateRefs())
            {
                quote.Legacy = -quote.Legacy;
            }

            records.Ref(0).Id = 55;
            InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(() => table.Records.Ref(1).VenueId = 3);
            Assert.Contains("Quote.VenueId", thrown.Message, StringComparison.Ordinal);
            Assert.Contains("24 bytes", thrown.Message, StringComparison.Ordinal);
            Assert.Throws<InvalidOperationException>(() => table.Records[2].Store(new V2.Quote { VenueId = 8 }));
        }

        using var reopened = ReadOnlyMappedTable<V1.Quote>.Open(path);
        for (int i = 0; i < VersionFixtures.Records; i++)
        {
            V1.Quote before = VersionFixtures.Expected(i);
            Assert.Equal(before with { Id = i == 0 ? 55 : before.Id, Quantity = before.Quantity + 1, Legacy = -before.Legacy }, reopened[i].Load());
        }
    }

    [Fact]
    public void Record_spans_of_a_newer_file_read_the_prefix_and_writes_keep_the_fields_older_code_does_not_know()
    {
        string path = NewerFile(1, 2, 3);
        using (var table = MappedTable<V1.Quote>.Open(path, MapAccess.ReadWrite))
        {
            Assert.Equal([1L, 2L, 3L], table.ReadOnlyRecords.ToArray().Select(quote => quote.Id));
            foreach (V1.Quote.Ref quote in table.EnumerateRefs())
            {
                quote.Quantity = 77;
            }

            Assert.Equal(3.5, ((V1.Quote.ReadOnlyRef)table.ReadOnlyRecords[^1]).Px);
        }

        using var newer = ReadOnlyMappedTable<V3.Quote>.Open(path);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(new V3.Quote { Id = i + 1, Price = i + 1.5, Quantity = 77, Legacy = -1, VenueId = 41 + i, Sequence = 901 + i }, newer[i].Load());
        }
    }

    [Fact]
    public void Sorting_an_older_file_moves_whole_records_and_the_searches_find_them()
    {
        string path = OlderFile();
        using (var table = MappedTable<V2.Quote>.Open(path, MapAccess.ReadWrite))
        {
            table.Sort(r => -((V2.Quote.ReadOnlyRef)r).Id);
            Assert.Equal([102L, 101L, 100L], table.AsEnumerable().Select(quote => quote.Id));
            table.Sort((a, b) => ((V2.Quote.ReadOnlyRef)a).Quantity.CompareTo(((V2.Quote.ReadOnlyRef)b).Quantity));
            Assert.Equal([100L, 101L, 102L], table.AsEnumerable().Select(quote => quote.Id));

            Assert.Equal(1, table.BinarySearch(101L, r => ((V2.Quote.ReadOnlyRef)r).Id));
            Assert.Equal(~3L, table.BinarySearch(200L, r => ((V2.Quote.ReadOnlyRef)r).Id));
            Assert.Equal(2, table.LowerBound(102L, r => ((V2.Quote.ReadOnlyRef)r).Id));
            Assert.Equal(2, table.UpperBound(101L, r => ((V2.Quote.ReadOnlyRef)r).Id));
            Assert.Equal((1L, 2L), table.EqualRange(101L, r => ((V2.Quote.ReadOnlyRef)r).Id));
            Assert.Equal(3, table.LowerBound(7L + 1, r => ((V2.Quote.ReadOnlyRef)r).VenueId));
        }

        using var reopened = ReadOnlyMappedTable<V1.Quote>.Open(path);
        for (int i = 0; i < VersionFixtures.Records; i++)
        {
            Assert.Equal(VersionFixtures.Expected(i), reopened[i].Load());
        }

        using var readOnly = ReadOnlyMappedTable<V3.Quote>.Open(path);
        Assert.Equal(2, readOnly.BinarySearch(102L, r => ((V3.Quote.ReadOnlyRef)r).Id));
        Assert.Equal((0L, 3L), readOnly.EqualRange(7L, r => ((V3.Quote.ReadOnlyRef)r).VenueId));
    }

    [Fact]
    public void Sorting_a_newer_file_with_older_code_moves_the_fields_it_does_not_know_with_their_records()
    {
        string path = NewerFile(3, 1, 2);
        using (var table = MappedTable<V1.Quote>.Open(path, MapAccess.ReadWrite))
        {
            table.Sort(r => ((V1.Quote.ReadOnlyRef)r).Id);
            Assert.Equal(1, table.BinarySearch(2L, r => ((V1.Quote.ReadOnlyRef)r).Id));
        }

        using var newer = ReadOnlyMappedTable<V3.Quote>.Open(path);
        Assert.Equal([(1L, 41L, 901L), (2L, 42L, 902L), (3L, 43L, 903L)], newer.AsEnumerable().Select(quote => (quote.Id, quote.VenueId, quote.Sequence)));
    }

    [Fact]
    public void TrimExcess_of_an_older_file_keeps_its_layout_version_and_records()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "TrimExcess renames over the file, which Windows refuses while the file is mapped.");

        string path = OlderFile();
        long before = new FileInfo(path).Length;
        using (var table = MappedTable<V2.Quote>.Open(path, MapAccess.ReadWrite))
        {
            table.Append(new V2.Quote { Id = 103, VenueId = 7 });
            Assert.True(table.Capacity > table.Count);
            table.TrimExcess();
            Assert.Equal(table.Count, table.Capacity);
            Assert.Equal(7L, ((V2.Quote.ReadOnlyRef)table.ReadOnlyRecords[^1]).VenueId);
            Assert.Equal([100L, 101L, 102L, 103L], table.AsEnumerable().Select(quote => quote.Id));
            int seen = 0;
            foreach (V2.Quote.ReadOnlyRef quote in table)
            {
                Assert.Equal(7L, quote.VenueId);
                seen++;
            }

            Assert.Equal(4, seen);
        }

        Assert.Equal(before + 24, new FileInfo(path).Length);
        using var reopened = ReadOnlyMappedTable<V1.Quote>.Open(path);
        Assert.Equal(VersionFixtures.Expected(2), reopened[2].Load());
        Assert.Equal(103L, reopened[3].Load().Id);
    }

    [Fact]
    public void A_table_enumerates_its_records_after_TrimExcess()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "TrimExcess renames over the file, which Windows refuses while the file is mapped.");

        string path = _dir.File("quotes.tbl");
        using var table = MappedTable<V2.Quote>.Create(path, 8);
        table.Append(new V2.Quote { Id = 1, VenueId = 2 });
        table.TrimExcess();
        int seen = 0;
        foreach (V2.Quote.ReadOnlyRef quote in table)
        {
            Assert.Equal(2L, quote.VenueId);
            seen++;
        }

        foreach (MappedRecord<V2.Quote> quote in table.EnumerateWritable())
        {
            Assert.Equal(1L, quote.Load().Id);
            seen++;
        }

        Assert.Equal(2, seen);
    }

    [Fact]
    public void TrimExcess_of_a_newer_file_is_refused_as_appends_are()
    {
        string path = NewerFile(1);
        using var table = MappedTable<V1.Quote>.Open(path, MapAccess.ReadWrite);
        InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(table.TrimExcess);
        Assert.Contains("layout version 3", thrown.Message, StringComparison.Ordinal);
    }
}
