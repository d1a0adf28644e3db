using System.Threading.Tasks;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// MAPS0044: a variable-length field's 8-byte heap reference is replaced with one atomic store, so an explicit offset that
/// is not a multiple of 8 is an error on the offset, whatever the Pack; the aligned and the sequential declarations next to it are fine.
/// </summary>
public sealed class HeapReferenceAlignmentTests
{
    private static string Layout(string body, string attribute = "MappedLayout") => $$"""
        using System;
        using MappedStructs;

        [{{attribute}}]
        public partial record struct Note
        {
        {{body}}
        }
        """;

    [Fact]
    public async Task A_text_reference_at_offset_4_is_an_error_on_the_offset()
        => await Verify.VerifyAsync(
            Layout("""
                [Field(0)] public int Id { get; init; }
                [Field({|#0:4|}), Text] public string Body { get; init; }
                [Field(12)] public int Spare { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedHeapReference).WithLocation(0).WithArguments("Body", 4, 8, 16));

    [Fact]
    public async Task Pack_does_not_excuse_a_misaligned_blob_or_array_reference()
        => await Verify.VerifyAsync(
            Layout(
                """
                    [Field(0)] public int Id { get; init; }
                    [Field({|#0:4|}), Blob] public byte[] Raw { get; init; }
                    [Field(12)] public int Spare { get; init; }
                    [Field(16)] public int Count { get; init; }
                    [Field({|#1:20|}), VarArray] public int[] Tags { get; init; }
                    [Field(28)] public int Check { get; init; }
                """,
                "MappedLayout(Pack = 4)"),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedHeapReference).WithLocation(0).WithArguments("Raw", 4, 8, 32),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedHeapReference).WithLocation(1).WithArguments("Tags", 20, 8, 32));

    [Fact]
    public async Task Aligned_and_sequential_references_are_fine_even_with_pack_1()
    {
        await Verify.VerifyAsync(Layout("""
                [Field(0)] public long Id { get; init; }
                [Field(8), Text] public string Body { get; init; }
            """));

        // Pack = 1 still places the reference at 8: the seven bytes before it are padding, not a misaligned reference.
        await Verify.VerifyAsync(
            Layout(
                """
                    public byte Kind { get; init; }
                    [Text] public string {|#0:Body|} { get; init; }
                """,
                "MappedLayout(Pack = 1)"),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(0).WithArguments(7, "Body", 1, 7));
    }

    [Fact]
    public async Task A_misaligned_plain_long_stays_the_misalignment_warning()
        => await Verify.VerifyAsync(
            Layout("""
                [Field(0)] public int Id { get; init; }
                [Field({|#0:4|})] public long Stamp { get; init; }
                [Field(12)] public int Spare { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(0).WithArguments("Stamp", 4, 8, 16));
}
