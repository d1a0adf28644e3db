using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Versions;

/// <summary>
/// The committed version-1 file (written once by version-1 code, never regenerated) opened by the code of versions 1, 2
/// and 3: the values version 1 wrote, the defaults of the fields added since, the deprecated field's default, the renamed
/// field by its former name, and the refusals: writing an added field to a record of the old size, record spans of
/// records shorter than a layout none of whose fields reads a default, layouts that break the rules.
/// </summary>
public sealed class VersionFixtureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_fixture_holds_what_version_one_wrote()
    {
        using var table = ReadOnlyMappedTable<V1.Quote>.Open(VersionFixtures.PathOf(VersionFixtures.QuotesV1));
        Assert.Equal(VersionFixtures.Records, table.Count);
        for (int i = 0; i < VersionFixtures.Records; i++)
        {
            Assert.Equal(VersionFixtures.Expected(i), table[i].Load());
        }
    }

    [Fact]
    public void Version_two_code_reads_the_version_one_values_and_the_added_field_as_its_default()
    {
        using var table = ReadOnlyMappedTable<V2.Quote>.Open(VersionFixtures.PathOf(VersionFixtures.QuotesV1));
        Assert.Equal(VersionFixtures.Records, table.Count);
        int i = 0;
        foreach (V2.Quote.ReadOnlyRef quote in table)
        {
            V1.Quote expected = VersionFixtures.Expected(i);
            Assert.Equal((expected.Id, expected.Px, expected.Quantity, expected.Legacy), (quote.Id, quote.Px, quote.Quantity, quote.Legacy));
            Assert.Equal(7L, quote.VenueId);
            Assert.Equal(new V2.Quote { Id = expected.Id, Px = expected.Px, Quantity = expected.Quantity, Legacy = expected.Legacy, VenueId = 7 }, table[i].Load());
            i++;
        }

        Assert.Equal(VersionFixtures.Records, i);
    }

    [Fact]
    public void Version_three_code_reads_the_renamed_field_by_its_former_name_and_the_deprecated_field_as_its_default()
    {
        using var table = ReadOnlyMappedTable<V3.Quote>.Open(VersionFixtures.PathOf(VersionFixtures.QuotesV1));
        for (int i = 0; i < VersionFixtures.Records; i++)
        {
            V3.Quote.ReadOnlyRef quote = table[i];
            V1.Quote expected = VersionFixtures.Expected(i);
            Assert.Equal(expected.Px, quote.Price);
            Assert.Equal(expected.Quantity, quote.Quantity);
            Assert.Equal(-1, quote.Legacy);
            Assert.Equal(7L, quote.VenueId);
            Assert.Equal(0L, quote.Sequence);
        }
    }

    [Fact]
    public void Writing_an_added_field_to_a_version_one_record_throws_naming_the_field_and_its_version()
    {
        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        using var table = MappedTable<V2.Quote>.Open(path, MapAccess.ReadWrite);
        V2.Quote.Ref quote = table[0];
        quote.Quantity = 99;
        Assert.Equal(99, table.GetReadOnly(0).Load().Quantity);
        InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(() => { V2.Quote.Ref record = table[0]; record.VenueId = 5; });
        Assert.Contains("Quote.VenueId", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("version 2", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("24 bytes", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_two_code_appends_to_a_version_one_file_only_values_its_records_can_hold()
    {
        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        using (var table = MappedTable<V2.Quote>.Open(path, MapAccess.ReadWrite))
        {
            table.Append(new V2.Quote { Id = 9, Px = 1.25, Quantity = 4, Legacy = 5, VenueId = 7 });
            InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(() => table.Append(new V2.Quote { Id = 10, VenueId = 8 }));
            Assert.Contains("Quote.VenueId", thrown.Message, StringComparison.Ordinal);
            Assert.Equal(VersionFixtures.Records + 1, table.Count);
        }

        using var reopened = ReadOnlyMappedTable<V1.Quote>.Open(path);
        Assert.Equal(new V1.Quote { Id = 9, Px = 1.25, Quantity = 4, Legacy = 5 }, reopened[VersionFixtures.Records].Load());
    }

    [Fact]
    public void Record_spans_of_shorter_records_are_refused_with_the_upgrade_named_when_no_field_of_the_layout_reads_a_default()
    {
        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        using var table = MappedTable<Padded.Quote>.Open(path, MapAccess.ReadWrite);
        NotSupportedException span = Assert.Throws<NotSupportedException>(() => table.ReadOnlyRecords.Length);
        Assert.Contains("Upgrade", span.Message, StringComparison.Ordinal);
        Assert.Contains("24-byte records of layout version 1", span.Message, StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => table.Records.Length);
        Assert.Throws<NotSupportedException>(() => table.Slice(0, 1).Length);
        Assert.Equal(VersionFixtures.Records, table.Count);
    }

    [Fact]
    public void A_retyped_field_is_refused_naming_the_field_and_the_rule()
    {
        LayoutMismatchException thrown = Assert.Throws<LayoutMismatchException>(() => ReadOnlyMappedTable<Broken.QuantityRetyped>.Open(VersionFixtures.PathOf(VersionFixtures.QuotesV1)));
        Assert.Equal(TableFileProblem.LayoutMismatch, thrown.Problem);
        string rule = Assert.Single(thrown.BrokenRules);
        Assert.StartsWith("TypeChanged: field 'Quantity'", rule, StringComparison.Ordinal);
        Assert.Contains("* ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("Quantity", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_field_is_refused_naming_it()
    {
        LayoutMismatchException thrown = Assert.Throws<LayoutMismatchException>(() => ReadOnlyMappedTable<Broken.LegacyRemoved>.Open(VersionFixtures.PathOf(VersionFixtures.QuotesV1)));
        Assert.StartsWith("FieldRemoved: field 'Legacy' of the file's version 1 is missing from this code's version 2", Assert.Single(thrown.BrokenRules), StringComparison.Ordinal);
    }

    [Fact]
    public void A_moved_field_is_refused_with_every_rule_it_breaks()
    {
        LayoutMismatchException thrown = Assert.Throws<LayoutMismatchException>(() => ReadOnlyMappedTable<Broken.PxMoved>.Open(VersionFixtures.PathOf(VersionFixtures.QuotesV1)));
        Assert.Contains(thrown.BrokenRules, r => r.StartsWith("OffsetChanged: field 'Px' is at offset 24 in this code's version 2 but at 8 in the file's version 1", StringComparison.Ordinal));
        Assert.Contains(thrown.BrokenRules, r => r.StartsWith("VersionNotRaised", StringComparison.Ordinal) || r.StartsWith("OffsetChanged", StringComparison.Ordinal));
    }

    [Fact]
    public void Layouts_without_versions_still_need_the_exact_layout()
    {
        string path = _dir.File("ticks.tbl");
        using (MappedTable<V1.Quote>.Create(path, 1))
        {
        }

        LayoutMismatchException thrown = Assert.Throws<LayoutMismatchException>(() => ReadOnlyMappedTable<Tables.Tick>.Open(path));
        Assert.Empty(thrown.BrokenRules);
    }

    [Fact]
    public void A_truncated_fixture_copy_is_an_invalid_file_not_garbage()
    {
        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(100);
        }

        Assert.ThrowsAny<InvalidTableFileException>(() => ReadOnlyMappedTable<V2.Quote>.Open(path));
    }
}
