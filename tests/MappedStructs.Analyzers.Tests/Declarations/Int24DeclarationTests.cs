using System.Threading.Tasks;
using MappedStructs.Layout;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// <c>[Int24]</c> belongs on <c>int</c> and <c>[UInt24]</c> on <c>uint</c> (or arrays of them): anywhere else the field is
/// unsupported (MAPS0002, at the field's name), named with the attribute so the message shows what was written.
/// </summary>
public sealed class Int24DeclarationTests
{
    private static string Layout(string body) => $$"""
        using MappedStructs;

        [MappedLayout]
        public partial record struct T
        {
        {{body}}
        }
        """;

    [Fact]
    public async Task Int24_on_a_long_is_an_unsupported_field_type()
        => await Verify.VerifyAsync(
            Layout("[Int24] public long {|#0:Sample|} { get; init; }"),
            Verify.Diagnostic(DiagnosticDescriptors.UnsupportedFieldType).WithLocation(0)
                .WithArguments("Sample", "[Int24] long", TypeCatalogue.SupportedTypesText));

    [Fact]
    public async Task UInt24_on_a_signed_int_and_Int24_on_a_uint_array_are_unsupported()
        => await Verify.VerifyAsync(
            Layout("""
                [UInt24] public int {|#0:Length|} { get; init; }
                [Int24, FixedArray(2)] public uint[] {|#1:Sizes|} { get; init; }
                """),
            Verify.Diagnostic(DiagnosticDescriptors.UnsupportedFieldType).WithLocation(0)
                .WithArguments("Length", "[UInt24] int", TypeCatalogue.SupportedTypesText),
            Verify.Diagnostic(DiagnosticDescriptors.UnsupportedFieldType).WithLocation(1)
                .WithArguments("Sizes", "[Int24] uint[]", TypeCatalogue.SupportedTypesText));

    [Fact]
    public async Task Both_widths_on_one_field_are_unsupported()
        => await Verify.VerifyAsync(
            Layout("[Int24, UInt24] public int {|#0:Sample|} { get; init; }"),
            Verify.Diagnostic(DiagnosticDescriptors.UnsupportedFieldType).WithLocation(0)
                .WithArguments("Sample", "[Int24] [UInt24] int", TypeCatalogue.SupportedTypesText));

    [Fact]
    public async Task Int24_on_int_and_UInt24_on_uint_packed_without_padding_are_not_reported()
        => await Verify.VerifyAsync(Layout("""
            public byte Type { get; init; }
            [UInt24] public uint Length { get; init; }
            [Int24] public int Sample { get; init; }
            [Int24, FixedArray(3)] public int[] Samples { get; init; }
            [UInt24, FixedArray(2)] public uint[] Sizes { get; init; }
            """));

    [Fact]
    public async Task Atomic_on_a_24_bit_field_is_refused()
        => await Verify.VerifyAsync(
            Layout("[{|#0:Atomic|}, Int24] public int Sample { get; init; }"),
            Verify.Diagnostic(DiagnosticDescriptors.AtomicUnsupported).WithLocation(0).WithArguments("Sample", "int"));
}
