using System.Collections.Generic;
using System.Linq;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>Each evolution rule of <c>LayoutCompatibility</c> on a small table, with its message and the near misses that pass.</summary>
public class LayoutCompatibilityTests
{
    private static LayoutFieldRow Row(string name, long offset, long size, int since = 1, int deprecated = 0, params string[] former) =>
        new(name, new EquatableArray<string>(former), offset, size, "Scalar int" + (size * 8), "Little", since, deprecated);

    private static LayoutFieldTable Table(int version, long size, params LayoutFieldRow[] rows) => new(version, size, new EquatableArray<LayoutFieldRow>(rows));

    private static readonly LayoutFieldTable s_version1 = Table(1, 16, Row("Id", 0, 8), Row("Qty", 8, 4), Row("Legacy", 12, 4));

    [Fact]
    public void A_field_appended_with_a_later_since_and_a_deprecation_pass() =>
        Assert.Empty(LayoutCompatibility.Compare(s_version1, Table(2, 24, Row("Id", 0, 8), Row("Qty", 8, 4), Row("Legacy", 12, 4, deprecated: 2), Row("Venue", 16, 8, since: 2))));

    [Fact]
    public void A_rename_with_a_former_name_passes_both_ways()
    {
        LayoutFieldTable renamed = Table(1, 16, Row("Id", 0, 8), Row("Quantity", 8, 4, former: "Qty"), Row("Legacy", 12, 4));
        Assert.Empty(LayoutCompatibility.Compare(s_version1, renamed));
        Assert.Empty(LayoutCompatibility.Compare(renamed, s_version1));
    }

    [Fact]
    public void A_rename_without_a_former_name_is_a_removal()
    {
        CompatibilityBreak broken = Assert.Single(LayoutCompatibility.Compare(s_version1, Table(2, 24, Row("Id", 0, 8), Row("Quantity", 8, 4, since: 1), Row("Legacy", 12, 4))), b => b.Rule == CompatibilityRule.FieldRemoved);
        Assert.Equal("Qty", broken.Field);
    }

    [Fact]
    public void A_moved_field_names_both_offsets()
    {
        IReadOnlyList<CompatibilityBreak> breaks = LayoutCompatibility.Compare(s_version1, Table(1, 16, Row("Id", 0, 8), Row("Qty", 12, 4), Row("Legacy", 8, 4)));
        Assert.Equal(
            ["field 'Qty' is at offset 12 in version 1 but at 8 in version 1", "field 'Legacy' is at offset 8 in version 1 but at 12 in version 1"],
            breaks.Select(b => b.Message));
        Assert.All(breaks, b => Assert.Equal(CompatibilityRule.OffsetChanged, b.Rule));
    }

    [Fact]
    public void A_field_added_without_raising_since_breaks_two_rules()
    {
        IReadOnlyList<CompatibilityBreak> breaks = LayoutCompatibility.Compare(s_version1, Table(1, 24, Row("Id", 0, 8), Row("Qty", 8, 4), Row("Legacy", 12, 4), Row("Venue", 16, 8)));
        Assert.Contains(breaks, b => b.Rule == CompatibilityRule.AddedWithoutSince && b.Field == "Venue");
        Assert.Contains(breaks, b => b.Rule == CompatibilityRule.VersionNotRaised);
    }

    [Fact]
    public void A_field_added_over_older_bytes_is_reported_with_their_owner()
    {
        CompatibilityBreak broken = Assert.Single(LayoutCompatibility.Compare(s_version1, Table(2, 16, Row("Id", 0, 8), Row("Qty", 8, 4), Row("Flag", 12, 1, since: 2))), b => b.Rule == CompatibilityRule.BytesReused);
        Assert.Contains("over field 'Legacy'", broken.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_lowered_version_and_a_shrunk_record_are_reported() =>
        Assert.Contains(
            LayoutCompatibility.Compare(Table(3, 24, Row("Id", 0, 8)), Table(2, 16, Row("Id", 0, 8))),
            b => b.Rule == CompatibilityRule.VersionLowered);

    [Fact]
    public void A_deprecation_cannot_be_revoked()
    {
        LayoutFieldTable deprecated = Table(2, 16, Row("Id", 0, 8), Row("Qty", 8, 4), Row("Legacy", 12, 4, deprecated: 2));
        CompatibilityBreak broken = Assert.Single(LayoutCompatibility.Compare(deprecated, Table(3, 16, Row("Id", 0, 8), Row("Qty", 8, 4), Row("Legacy", 12, 4))));
        Assert.Equal((CompatibilityRule.DeprecationChanged, "Legacy"), (broken.Rule, broken.Field));
    }

    [Fact]
    public void A_deprecated_field_may_be_removed_later_but_its_bytes_stay_reserved()
    {
        LayoutFieldTable deprecated = Table(2, 16, Row("Id", 0, 8), Row("Qty", 8, 4), Row("Legacy", 12, 4, deprecated: 2));
        Assert.Empty(LayoutCompatibility.Compare(deprecated, Table(3, 16, Row("Id", 0, 8), Row("Qty", 8, 4))));
        Assert.Contains(
            LayoutCompatibility.Compare(deprecated, Table(3, 16, Row("Id", 0, 8), Row("Qty", 8, 4), Row("Other", 12, 4, since: 3))),
            b => b.Rule == CompatibilityRule.BytesReused && b.Field == "Other");
    }
}
