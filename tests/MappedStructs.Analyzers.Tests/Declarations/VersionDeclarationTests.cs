using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// MAPS0032 (a Version, Since or Deprecated out of range), MAPS0033 (a field added later placed inside the older record)
/// and MAPS0034 (a Default not of the field's type, or versioning on a field that has no single value to read instead),
/// each at its exact span, with the near misses that are fine.
/// </summary>
public sealed class VersionDeclarationTests
{
    private static string Layout(string arguments, string body) => $$"""
        using MappedStructs;

        public enum Side { Buy, Sell }

        [MappedLayout({{arguments}})]
        public partial record struct Trade
        {
        {{body}}
        }
        """;

    private static DiagnosticResult OutOfRange(int location, string what, int value, string why)
        => Verify.Diagnostic(DiagnosticDescriptors.VersionOutOfRange).WithLocation(location).WithArguments(what, value, why);

    private static string SinceReason(int version) =>
        $"a field's Since must be from 1 to the layout's Version ({version}); raise the layout's Version to add a field";

    private static string DeprecatedReason(int since, int version) =>
        $"a field's Deprecated must be 0 (in use) or a version after its Since ({since}) and at most the layout's Version ({version})";

    [Fact]
    public async Task A_version_below_one_is_reported_on_the_version_argument()
        => await Verify.VerifyAsync(
            Layout("Version = {|#0:0|}", "    [Field(0)] public long Id { get; init; }"),
            OutOfRange(0, "The Version of 'Trade'", 0, "a layout's versions start at 1"));

    [Fact]
    public async Task Since_above_the_version_is_reported_on_the_since_argument()
        => await Verify.VerifyAsync(
            Layout("Version = 2", """
                [Field(0)] public long Id { get; init; }
                [Field(8, Since = {|#0:3|})] public long VenueId { get; init; }
            """),
            OutOfRange(0, "The Since of 'VenueId'", 3, SinceReason(2)));

    [Fact]
    public async Task Since_zero_is_reported()
        => await Verify.VerifyAsync(
            Layout("Version = 1", "    [Field(0, Since = {|#0:0|})] public long Id { get; init; }"),
            OutOfRange(0, "The Since of 'Id'", 0, SinceReason(1)));

    [Fact]
    public async Task Deprecated_not_after_since_is_reported_on_the_deprecated_argument()
        => await Verify.VerifyAsync(
            Layout("Version = 3", """
                [Field(0)] public long Id { get; init; }
                [Field(8, Since = 2, Deprecated = {|#0:2|})] public long VenueId { get; init; }
            """),
            OutOfRange(0, "The Deprecated of 'VenueId'", 2, DeprecatedReason(2, 3)));

    [Fact]
    public async Task Deprecated_past_the_version_is_reported()
        => await Verify.VerifyAsync(
            Layout("Version = 2", """
                [Field(0)] public long Id { get; init; }
                [Field(8, Deprecated = {|#0:3|})] public long Old { get; init; }
            """),
            OutOfRange(0, "The Deprecated of 'Old'", 3, DeprecatedReason(1, 2)));

    [Fact]
    public async Task Versions_in_range_are_not_reported()
        => await Verify.VerifyAsync(Layout("Size = 24, Version = 3", """
                [Field(0)] public long Id { get; init; }
                [Field(8, Deprecated = 3, Default = 7L)] public long Old { get; init; }
                [Field(16, Since = 2, Default = -1)] public int Venue { get; init; }
                [Field(20, Since = 3, Default = Side.Sell)] public Side Side { get; init; }
            """));

    [Fact]
    public async Task A_field_added_inside_the_older_record_is_reported_on_its_offset()
        => await Verify.VerifyAsync(
            Layout("Version = 2", """
                [Field(0)] public int Id { get; init; }
                [Field({|#0:4|}, Since = 2)] public int Venue { get; init; }
                [Field(8)] public double Price { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.AddedFieldInsideOlderRecord).WithLocation(0).WithArguments("Venue", 2, 4, "Price", 16));

    [Fact]
    public async Task A_field_added_right_at_the_older_end_is_not_reported()
        => await Verify.VerifyAsync(Layout("Version = 3", """
                [Field(0)] public int Id { get; init; }
                [Field(4)] public int Price { get; init; }
                [Field(8, Since = 2)] public int Venue { get; init; }
                [Field(12, Since = 3)] public int Desk { get; init; }
            """));

    [Fact]
    public async Task A_field_of_version_three_inside_version_two_is_reported_against_the_version_two_field()
        => await Verify.VerifyAsync(
            Layout("Version = 3", """
                [Field(0)] public int Id { get; init; }
                [Field(8, Since = 2)] public int Venue { get; init; }
                [Field({|#0:4|}, Since = 3)] public int Desk { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.AddedFieldInsideOlderRecord).WithLocation(0).WithArguments("Desk", 3, 4, "Venue", 12));

    [Fact]
    public async Task A_default_of_another_type_is_reported_on_the_default_argument()
        => await Verify.VerifyAsync(
            Layout("Version = 2", """
                [Field(0)] public int Id { get; init; }
                [Field(4, Since = 2, Default = {|#0:1.5|})] public int Venue { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.VersionedFieldUnsupported).WithLocation(0).WithArguments(
                "Venue", "has Default = 1.5, which is not a constant of its type 'int'; give a constant of that type (an integer constant must fit it)"));

    [Fact]
    public async Task An_integer_default_that_does_not_fit_is_reported()
        => await Verify.VerifyAsync(
            Layout("Version = 2", """
                [Field(0)] public byte Id { get; init; }
                [Field(1, Since = 2, Default = {|#0:300|})] public byte Venue { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.VersionedFieldUnsupported).WithLocation(0).WithArguments(
                "Venue", "has Default = 300, which is not a constant of its type 'byte'; give a constant of that type (an integer constant must fit it)"));

    [Fact]
    public async Task Integer_defaults_that_fit_are_not_reported()
        => await Verify.VerifyAsync(Layout("Version = 2", """
                [Field(0)] public long Id { get; init; }
                [Field(8, Since = 2, Default = 5)] public double Scale { get; init; }
                [Field(16, Since = 2, Default = 255)] public byte Venue { get; init; }
                [Field(17, Since = 2, Default = true)] public bool Live { get; init; }
                [Field(18, Since = 2, Default = (short)-3)] public short Small { get; init; }
                [Field(20, Since = 2, Default = 9U)] public uint Code { get; init; }
            """));

    [Fact]
    public async Task Versioning_a_text_field_is_reported_on_its_field_attribute()
        => await Verify.VerifyAsync(
            Layout("Version = 2", """
                [Field(0)] public long Id { get; init; }
                [{|#0:Field(8, Since = 2)|}, Utf8(8)] public string Venue { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.VersionedFieldUnsupported).WithLocation(0).WithArguments(
                "Venue", "of type 'string' has Since, Deprecated or Default, but only scalar, enum and atomic fields can be absent from a record or deprecated; text, arrays, nested layouts and bit fields have no single value to read instead"));

    [Fact]
    public async Task A_text_field_of_version_one_is_not_reported()
        => await Verify.VerifyAsync(Layout("Version = 2", """
                [Field(0)] public long Id { get; init; }
                [Field(8), Utf8(8)] public string Venue { get; init; }
                [Field(16, Since = 2), Atomic] public long Sequence { get; init; }
            """));
}
