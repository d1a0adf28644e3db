using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Shipped.ShippedSources;
using Verify = MappedStructs.Analyzers.Tests.Shipped.ShippedVerifier;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>MAPS0037 (a field added without Since) and MAPS0038 (Version not raised, or lowered) against a shipped version.</summary>
public sealed class VersioningTests
{
    private const string VenueId = "\n    [Field(24)] public long VenueId { get; init; }";

    [Fact]
    public async Task A_field_added_without_Since_in_an_unraised_version_is_reported_at_its_attribute_and_at_the_type()
        => await Verify.VerifyAsync(
            Trade("Size = 32", Version1Fields + VenueId.Replace("[Field(24)]", "[{|#0:Field(24)|}]")).Replace("public partial record struct Trade", "public partial record struct {|#1:Trade|}"),
            Verify.File(TradeVersion1),
            null,
            Verify.Break(DiagnosticDescriptors.VersionNotRaised, 1, "the layout changed (fields added or deprecated, or the record resized) but its Version is still 1; raise it", 1, 3, "VersionNotRaised"),
            Verify.Break(DiagnosticDescriptors.FieldAddedWithoutSince, 0, "Field 'VenueId' is not in shipped version 1 but has Since = 1; give it Since = 2 or later", 1, 3, "AddedWithoutSince"));

    [Fact]
    public async Task A_written_Since_and_Version_are_where_the_diagnostics_point()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = {|#1:1|}", Version1Fields + VenueId.Replace("[Field(24)]", "[Field(24, Since = {|#0:1|})]")),
            Verify.File(TradeVersion1),
            null,
            Verify.Break(DiagnosticDescriptors.VersionNotRaised, 1, "the layout changed (fields added or deprecated, or the record resized) but its Version is still 1; raise it", 1, 3, "VersionNotRaised"),
            Verify.Break(DiagnosticDescriptors.FieldAddedWithoutSince, 0, "Field 'VenueId' is not in shipped version 1 but has Since = 1; give it Since = 2 or later", 1, 3, "AddedWithoutSince"));

    [Fact]
    public async Task A_raised_Version_with_Since_on_the_added_field_is_compatible_and_only_unrecorded()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = 2", Version1Fields + VenueId.Replace("[Field(24)]", "[Field(24, Since = 2)]")).Replace("public partial record struct Trade", "public partial record struct {|#0:Trade|}"),
            Verify.File(TradeVersion1),
            null,
            Verify.NotRecorded(0, 2));

    [Fact]
    public async Task A_raised_Version_without_Since_on_the_added_field_is_reported_at_the_field_alone()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = 2", Version1Fields + VenueId.Replace("[Field(24)]", "[{|#0:Field(24)|}]")).Replace("public partial record struct Trade", "public partial record struct {|#1:Trade|}"),
            Verify.File(TradeVersion1),
            null,
            Verify.NotRecorded(1, 2),
            Verify.Break(DiagnosticDescriptors.FieldAddedWithoutSince, 0, "Field 'VenueId' is not in shipped version 1 but has Since = 1; give it Since = 2 or later", 1, 3, "AddedWithoutSince"));

    [Fact]
    public async Task A_deprecation_in_an_unraised_version_is_reported_at_the_Version()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = {|#0:2|}", Version1Fields.Replace("[Field(20)]", "[Field(20, Deprecated = {|#1:2|})]") + VenueId.Replace("[Field(24)]", "[Field(24, Since = 2)]")),
            Verify.File(TradeVersion2),
            null,
            Verify.Break(DiagnosticDescriptors.VersionNotRaised, 0, "the layout changed (fields added or deprecated, or the record resized) but its Version is still 2; raise it", 2, 3, "VersionNotRaised"),
            Verify.Break(DiagnosticDescriptors.ShippedLayoutBroken, 1, "Field 'Flags' is deprecated in version 2, which shipped version 2 already is with the field in use; deprecate it in a later version", 2, 3, "DeprecationChanged"));

    [Fact]
    public async Task A_lowered_Version_is_reported_at_it()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = {|#0:1|}", Version1Fields + VenueId.Replace("[Field(24)]", "[Field(24, Since = {|#1:1|})]")).Replace("public partial record struct Trade", "public partial record struct {|#2:Trade|}"),
            Verify.File(TradeVersion2),
            null,
            Verify.Break(DiagnosticDescriptors.VersionNotRaised, 0, "the declaration (version 1) is below shipped version 2, which it evolves from", 2, 3, "VersionLowered"),
            Verify.NotRecorded(2, 1),
            Verify.Break(DiagnosticDescriptors.ShippedLayoutBroken, 1, "Field 'VenueId' has Since = 1 in the declaration (version 1) but 2 in shipped version 2", 2, 3, "SinceChanged"));
}
