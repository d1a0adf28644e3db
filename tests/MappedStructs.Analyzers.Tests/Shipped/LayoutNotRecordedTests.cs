using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static MappedStructs.Analyzers.Tests.Shipped.ShippedSources;
using Verify = MappedStructs.Analyzers.Tests.Shipped.ShippedVerifier;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>MAPS0039: a layout's current version that neither file records, or that its unshipped entry no longer matches.</summary>
public sealed class LayoutNotRecordedTests
{
    private static readonly string s_version2 = Trade("Size = 32, Version = 2", Version1Fields + "\n    [Field(24, Since = 2)] public long VenueId { get; init; }")
        .Replace("public partial record struct Trade", "public partial record struct {|#0:Trade|}");

    [Fact]
    public async Task A_listed_layout_whose_current_version_is_unrecorded_is_a_warning_at_its_name()
        => await Verify.VerifyAsync(s_version2, Verify.File(TradeVersion1), null, Verify.NotRecorded(0, 2));

    [Fact]
    public async Task The_current_version_recorded_as_unshipped_is_enough()
        => await Verify.VerifyAsync(s_version2, Verify.File(TradeVersion1), Verify.File(TradeVersion2));

    [Fact]
    public async Task An_unshipped_entry_that_no_longer_matches_is_reported_with_its_line()
        => await Verify.VerifyAsync(
            s_version2,
            Verify.File(TradeVersion1),
            Verify.File(TradeVersion2.Replace("VenueId since=2", "Venue since=2")),
            Verify.NotRecorded(0, 2, "differs from its entry in MappedLayouts.Unshipped.txt line 3"));

    [Fact]
    public async Task An_unshipped_version_may_change_freely_before_it_ships()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields.Replace("[Field(16)] public int Quantity", "[Field(16)] public uint Quantity")).Replace("public partial record struct Trade", "public partial record struct {|#0:Trade|}"),
            null,
            Verify.File(TradeVersion1),
            Verify.NotRecorded(0, 1, "differs from its entry in MappedLayouts.Unshipped.txt line 3"));

    [Fact]
    public async Task A_layout_the_files_do_not_list_is_only_a_suggestion()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields).Replace("public partial record struct Trade", "public partial record struct {|#0:Trade|}"),
            Verify.File(),
            null,
            Verify.NotRecorded(0, 1).WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public async Task A_project_without_the_files_is_not_asked_to_record_anything()
        => await Verify.VerifyAsync(Trade("Size = 24", Version1Fields), null, null);

    [Fact]
    public async Task A_layout_in_the_global_namespace_nested_in_a_class_is_recorded_by_its_dotted_name()
        => await Verify.VerifyAsync(
            """
            using MappedStructs;

            public static partial class Outer
            {
                [MappedLayout]
                public partial record struct {|#0:Tick|}
                {
                    public long Id { get; init; }
                }
            }
            """,
            Verify.File(),
            null,
            Verify.NotRecorded(0, 1, name: "Outer.Tick").WithSeverity(DiagnosticSeverity.Info));
}
