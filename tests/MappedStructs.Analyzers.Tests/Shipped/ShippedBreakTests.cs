using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Shipped.ShippedSources;
using Verify = MappedStructs.Analyzers.Tests.Shipped.ShippedVerifier;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>MAPS0036: a declaration that changes what a shipped version's files hold, at the part that changes it.</summary>
public sealed class ShippedBreakTests
{
    private static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor s_broken = DiagnosticDescriptors.ShippedLayoutBroken;

    [Fact]
    public async Task The_shipped_declaration_itself_breaks_nothing()
        => await Verify.VerifyAsync(Trade("Size = 24", Version1Fields), Verify.File(TradeVersion1), null);

    [Fact]
    public async Task A_project_without_the_files_is_checked_for_nothing()
        => await Verify.VerifyAsync(Trade("Size = 16", "    [Field(0)] public long Id { get; init; }\n    [Field(8)] public long Price { get; init; }"), null, null);

    [Fact]
    public async Task Moved_fields_are_reported_at_their_offsets()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields.Replace("[Field(16)] public int Quantity", "[Field({|#0:20|})] public int Quantity").Replace("[Field(20)] public uint Flags", "[Field({|#1:16|})] public uint Flags")),
            Verify.File(TradeVersion1),
            null,
            Verify.Break(s_broken, 0, "Field 'Quantity' is at offset 20 in the declaration (version 1) but at 16 in shipped version 1", 1, 3, "OffsetChanged"),
            Verify.Break(s_broken, 1, "Field 'Flags' is at offset 16 in the declaration (version 1) but at 20 in shipped version 1", 1, 3, "OffsetChanged"));

    [Fact]
    public async Task A_changed_type_of_the_same_size_is_reported_at_the_property()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields.Replace("public int Quantity", "public uint {|#0:Quantity|}")),
            Verify.File(TradeVersion1),
            null,
            Verify.Break(s_broken, 0, "Field 'Quantity' is 'Scalar uint32' in the declaration (version 1) but 'Scalar int32' in shipped version 1", 1, 3, "TypeChanged"));

    [Fact]
    public async Task A_resized_text_is_reported_at_its_length()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields.Replace("[Field(20)] public uint Flags { get; init; }", "[Field(20), Utf8({|#0:4|})] public string {|#1:Flags|} { get; init; }")),
            Verify.File(TradeVersion1.Replace("20     4 Scalar     uint32         Flags", "20     2 Utf8       utf8[2]        Flags")),
            null,
            Verify.Break(s_broken, 0, "Field 'Flags' is 4 bytes in the declaration (version 1) but 2 in shipped version 1", 1, 3, "SizeChanged"),
            Verify.Break(s_broken, 1, "Field 'Flags' is 'Utf8 utf8[4]' in the declaration (version 1) but 'Utf8 utf8[2]' in shipped version 1", 1, 3, "TypeChanged"));

    [Fact]
    public async Task A_changed_byte_order_is_reported_at_each_multi_byte_field_and_not_at_a_single_byte()
        => await Verify.VerifyAsync(
            """
            using MappedStructs;

            namespace Sample;

            [MappedLayout(Size = 4, Endian = Endianness.Big)]
            public partial record struct Trade
            {
                [Field(0)] public byte Kind { get; init; }
                [Field(1)] public byte Venue { get; init; }
                [Field(2)] public ushort {|#0:Code|} { get; init; }
            }
            """,
            Verify.File("""
                layout Sample.Trade version=1 size=4 endian=Little
                      0     1 Scalar     uint8          Kind since=1 deprecated=0
                      1     1 Scalar     uint8          Venue since=1 deprecated=0
                      2     2 Scalar     uint16         Code since=1 deprecated=0

                """),
            null,
            Verify.Break(s_broken, 0, "Field 'Code' is Big-endian in the declaration (version 1) but Little-endian in shipped version 1", 1, 3, "ByteOrderChanged"));

    [Fact]
    public async Task A_removed_field_is_reported_at_the_type()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields.Replace("    [Field(20)] public uint Flags { get; init; }", string.Empty)).Replace("public partial record struct Trade", "public partial record struct {|#0:Trade|}"),
            Verify.File(TradeVersion1),
            null,
            Verify.Break(s_broken, 0, "Field 'Flags' of shipped version 1 is missing from the declaration (version 1); deprecate it (Deprecated = 1) instead of removing it, or name it in [FormerName] if it was renamed", 1, 3, "FieldRemoved"));

    [Fact]
    public async Task A_field_deprecated_in_the_shipped_version_may_be_removed()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = 3", Version1Fields.Replace("    [Field(20)] public uint Flags { get; init; }", "    [Field(24, Since = 2)] public long VenueId { get; init; }")).Replace("public partial record struct Trade", "public partial record struct {|#0:Trade|}"),
            Verify.File(TradeVersion2.Replace("version=2", "version=2").Replace("Flags since=1 deprecated=0", "Flags since=1 deprecated=2")),
            null,
            Verify.NotRecorded(0, 3));

    [Fact]
    public async Task A_rename_without_FormerName_is_reported_once_at_the_new_name()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields.Replace("public uint Flags", "public uint {|#0:Options|}")),
            Verify.File(TradeVersion1),
            null,
            Verify.Break(s_broken, 0, "Field 'Options' has the bytes of field 'Flags' of shipped version 1, which is missing: if 'Flags' was renamed, declare [FormerName(\"Flags\")] on 'Options'", 1, 3, "FormerNameMissing"));

    [Fact]
    public async Task A_rename_with_FormerName_breaks_nothing()
        => await Verify.VerifyAsync(
            Trade("Size = 24", Version1Fields.Replace("[Field(20)] public uint Flags", "[Field(20), FormerName(\"Flags\")] public uint Options")),
            Verify.File(TradeVersion1),
            null);

    [Fact]
    public async Task A_shorter_record_is_reported_at_its_size()
        => await Verify.VerifyAsync(
            Trade("Size = {|#0:16|}", "    [Field(0)] public long Id { get; init; }\n    [Field(8)] public double Price { get; init; }").Replace("public partial record struct Trade", "public partial record struct {|#1:Trade|}"),
            Verify.File(TradeVersion1),
            null,
            Verify.Break(s_broken, 0, "The record is 16 bytes in the declaration (version 1), shorter than the 24 bytes of shipped version 1", 1, 3, "RecordShrunk"),
            Verify.Break(s_broken, 1, "Field 'Quantity' of shipped version 1 is missing from the declaration (version 1); deprecate it (Deprecated = 1) instead of removing it, or name it in [FormerName] if it was renamed", 1, 3, "FieldRemoved"),
            Verify.Break(s_broken, 1, "Field 'Flags' of shipped version 1 is missing from the declaration (version 1); deprecate it (Deprecated = 1) instead of removing it, or name it in [FormerName] if it was renamed", 1, 3, "FieldRemoved"),
            Verify.Break(DiagnosticDescriptors.VersionNotRaised, 1, "the layout changed (fields added or deprecated, or the record resized) but its Version is still 1; raise it", 1, 3, "VersionNotRaised"));

    [Fact]
    public async Task A_field_added_over_the_shipped_record_is_reported_at_its_offset()
        => await Verify.VerifyAsync(
            Trade("Size = 24, Version = 2", Version1Fields.Replace("[Field(20)] public uint Flags { get; init; }", "[Field({|#0:20|}, Since = 2)] public uint Flags { get; init; }")).Replace("public partial record struct Trade", "public partial record struct {|#1:Trade|}"),
            Verify.File(TradeVersion1.Replace("     20     4 Scalar     uint32         Flags since=1 deprecated=0\n", string.Empty)),
            null,
            Verify.NotRecorded(1, 2),
            Verify.Break(s_broken, 0, "Field 'Flags' at offset 20 lies inside the 24 bytes of the record in shipped version 1; added fields go after its end", 1, 3, "BytesReused"));

    [Fact]
    public async Task A_changed_Since_is_reported_at_it()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = 3", Version1Fields + "\n    [Field(24, Since = {|#0:3|})] public long VenueId { get; init; }").Replace("public partial record struct Trade", "public partial record struct {|#1:Trade|}"),
            Verify.File(TradeVersion2),
            null,
            Verify.Break(s_broken, 0, "Field 'VenueId' has Since = 3 in the declaration (version 3) but 2 in shipped version 2", 2, 3, "SinceChanged"),
            Verify.NotRecorded(1, 3));

    [Fact]
    public async Task A_revoked_deprecation_is_reported_at_the_field_attribute()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = 3", Version1Fields.Replace("[Field(20)]", "[{|#0:Field(20)|}]") + "\n    [Field(24, Since = 2)] public long VenueId { get; init; }").Replace("public partial record struct Trade", "public partial record struct {|#1:Trade|}"),
            Verify.File(TradeVersion2.Replace("Flags since=1 deprecated=0", "Flags since=1 deprecated=2")),
            null,
            Verify.Break(s_broken, 0, "Field 'Flags' was deprecated in version 2 (shipped version 2); a deprecation is kept, its bytes may hold defaults written since", 2, 3, "DeprecationChanged"),
            Verify.NotRecorded(1, 3));

    [Fact]
    public async Task A_break_of_two_shipped_versions_is_reported_once_naming_the_newest()
        => await Verify.VerifyAsync(
            Trade("Size = 32, Version = 2", Version1Fields.Replace("[Field(0)] public long Id", "[Field(0)] public ulong {|#0:Id|}") + "\n    [Field(24, Since = 2)] public long VenueId { get; init; }"),
            Verify.File(TradeVersion1, TradeVersion2),
            null,
            Verify.Break(s_broken, 0, "Field 'Id' is 'Scalar uint64' in the declaration (version 2) but 'Scalar int64' in shipped version 2", 2, 9, "TypeChanged"));

    [Fact]
    public async Task A_layout_with_declaration_errors_is_left_to_the_declaration_analyzer()
        => await Verify.VerifyAsync(
            Trade("Size = 8", Version1Fields),
            Verify.File(TradeVersion1),
            null);
}
