using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>MAPS0027, MAPS0028 and MAPS0029: bit fields that cannot be stored, that overlap, or that disagree on their container, each on its [Bits] attribute.</summary>
public sealed class BitFieldDeclarationTests
{
    private static string Layout(string body) => $$"""
        using MappedStructs;

        [MappedLayout]
        public partial record struct T
        {
        {{body}}
        }
        """;

    private static DiagnosticResult Invalid(string field, int shift, int width, string why)
        => Verify.Diagnostic(DiagnosticDescriptors.BitFieldInvalid).WithLocation(0).WithArguments(field, shift, width, why);

    [Fact]
    public async Task Bits_past_their_container_are_reported_on_the_attribute()
        => await Verify.VerifyAsync(
            Layout("[Field(0), {|#0:Bits(6, 4)|}] public byte A { get; init; }"),
            Invalid("A", 6, 4, "bits 6 to 9 do not fit its 8-bit container; use a wider Container, or a smaller shift or width"));

    [Fact]
    public async Task Bits_that_end_at_the_top_of_their_container_are_not_reported()
        => await Verify.VerifyAsync(Layout("[Field(0), Bits(4, 4)] public byte A { get; init; }\n[Field(0), Bits(0, 4)] public byte B { get; init; }"));

    [Fact]
    public async Task A_width_wider_than_the_property_type_is_reported()
        => await Verify.VerifyAsync(
            Layout("[Field(0), {|#0:Bits(0, 9, Container = typeof(ushort))|}] public byte A { get; init; }"),
            Invalid("A", 0, 9, "its type 'byte' holds 8 bits, fewer than the width; use a wider type"));

    [Fact]
    public async Task A_bool_wider_than_one_bit_is_reported_and_a_one_bit_bool_is_not()
    {
        await Verify.VerifyAsync(
            Layout("[Field(0), {|#0:Bits(0, 2)|}] public bool A { get; init; }"),
            Invalid("A", 0, 2, "a bool is 1 bit wide; give it width 1"));
        await Verify.VerifyAsync(Layout("[Field(0), Bits(0, 1, Container = typeof(byte))] public bool A { get; init; }\n[Field(0), Bits(1, 7)] public byte B { get; init; }"));
    }

    [Fact]
    public async Task A_zero_width_is_reported()
        => await Verify.VerifyAsync(
            Layout("[Field(0), {|#0:Bits(3, 0)|}] public byte A { get; init; }"),
            Invalid("A", 3, 0, "its width must be at least 1"));

    [Fact]
    public async Task Overlapping_bits_in_one_container_are_reported_on_the_later_field_and_are_not_MAPS0003()
        => await Verify.VerifyAsync(
            Layout("[Field(0), Bits(0, 5)] public byte A { get; init; }\n[Field(0), {|#0:Bits(4, 4)|}] public byte B { get; init; }"),
            Verify.Diagnostic(DiagnosticDescriptors.BitFieldsOverlap).WithLocation(0).WithArguments("B", 4, 7, "A", 0, 4, 0));

    [Fact]
    public async Task Containers_of_different_widths_at_one_offset_are_reported_and_an_explicit_matching_container_is_not()
    {
        await Verify.VerifyAsync(
            Layout("[Field(0), Bits(0, 4)] public byte A { get; init; }\n[Field(0), {|#0:Bits(4, 4)|}] public ushort B { get; init; }"),
            Verify.Diagnostic(DiagnosticDescriptors.BitContainersConflict).WithLocation(0).WithArguments("B", 2, 0, "A", 1));
        await Verify.VerifyAsync(
            Layout("[Field(0), Bits(0, 4)] public byte A { get; init; }\n[Field(0), Bits(4, 4, Container = typeof(byte))] public ushort B { get; init; }"));
    }

    [Fact]
    public async Task A_bit_container_still_overlaps_an_ordinary_field()
        => await Verify.VerifyAsync(
            Layout("[Field(0), Bits(0, 4)] public ushort A { get; init; }\n[Field(1)] public byte {|#0:B|} { get; init; }"),
            Verify.Diagnostic(DiagnosticDescriptors.OverlappingFields).WithLocation(0).WithArguments("B", 1, 1, "A", 0, 2));
}
