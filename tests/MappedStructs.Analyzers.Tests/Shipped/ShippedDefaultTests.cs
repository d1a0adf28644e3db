using System.Threading.Tasks;
using MappedStructs.Analyzers.Shipped;
using Microsoft.CodeAnalysis.Testing;
using static MappedStructs.Analyzers.Tests.Shipped.ShippedSources;
using Verify = MappedStructs.Analyzers.Tests.Shipped.ShippedVerifier;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>
/// MAPS0043: a field whose reads give its Default (added later, or deprecated) declares another Default than a shipped
/// version recorded, at the Default argument; and the near misses that stay quiet.
/// </summary>
public sealed class ShippedDefaultTests
{
    private const string AddedLater = "added in version 2, and readers of records written before version 2 read its Default";

    private static string Version2(string venueAttribute)
        => Trade("Size = 32, Version = 2", Version1Fields + $"\n    [{venueAttribute}] public long VenueId {{ get; init; }}");

    private static DiagnosticResult Changed(string field, string declared, string shipped, string why, int version = 2)
        => Verify.Diagnostic(DiagnosticDescriptors.ShippedDefaultChanged).WithLocation(0)
            .WithArguments(field, declared, version, "Sample.Trade", LayoutRecordFiles.ShippedFileName, 3, shipped, why);

    [Fact]
    public async Task A_changed_default_of_a_field_added_later_is_reported_at_its_default()
        => await Verify.VerifyAsync(
            Version2("Field(24, Since = 2, Default = {|#0:7|})"),
            Verify.File(TradeVersion2VenueDefault5),
            null,
            Changed("VenueId", "Default = 7", "5", AddedLater));

    [Fact]
    public async Task A_removed_default_of_a_field_added_later_is_reported_at_its_attribute()
        => await Verify.VerifyAsync(
            Version2("{|#0:Field(24, Since = 2)|}"),
            Verify.File(TradeVersion2VenueDefault5),
            null,
            Changed("VenueId", "no Default (its type's default)", "5", AddedLater));

    [Fact]
    public async Task A_changed_default_of_a_deprecated_field_is_reported()
        => await Verify.VerifyAsync(
            Trade("Size = 24, Version = 2", Version1Fields.Replace("[Field(20)] public uint Flags", "[Field(20, Deprecated = 2, Default = {|#0:3u|})] public uint Flags")),
            Verify.File(TradeVersion1.Replace("layout Sample.Trade version=1", "layout Sample.Trade version=2").Replace("Flags since=1 deprecated=0", "Flags since=1 deprecated=2 default=1")),
            null,
            Changed("Flags", "Default = 3", "1", "deprecated in version 2, and its readers read its Default from every record"));

    [Fact]
    public async Task A_renamed_field_is_compared_with_the_default_of_its_former_name()
        => await Verify.VerifyAsync(
            Version2("Field(24, Since = 2, Default = {|#0:7|}), FormerName(\"VenueId\")").Replace("public long VenueId", "public long Venue"),
            Verify.File(TradeVersion2VenueDefault5),
            null,
            Changed("Venue", "Default = 7", "5", AddedLater));

    [Fact]
    public async Task An_older_shipped_version_is_compared_too()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = 3", Version1Fields + "\n    [Field(24, Since = 2, Default = {|#0:7|})] public long VenueId { get; init; }").Replace("public partial record struct Trade", "public partial record struct {|#1:Trade|}"),
            Verify.File(TradeVersion2VenueDefault5),
            null,
            Changed("VenueId", "Default = 7", "5", AddedLater),
            Verify.NotRecorded(1, 3));

    [Fact]
    public async Task The_same_default_is_not_reported()
        => await Verify.VerifyAsync(Version2("Field(24, Since = 2, Default = 5)"), Verify.File(TradeVersion2VenueDefault5), null);

    [Fact]
    public async Task A_changed_default_of_a_field_every_record_stores_is_not_reported()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields.Replace("[Field(0)] public long Id", "[Field(0, Default = 2)] public long Id")),
            Verify.File(TradeVersion1.Replace("Id since=1 deprecated=0", "Id since=1 deprecated=0 default=1")),
            null);

    [Fact]
    public async Task A_file_recorded_without_defaults_is_not_compared()
        => await Verify.VerifyAsync(Version2("Field(24, Since = 2, Default = 7)"), Verify.File(TradeVersion2), null);
}
