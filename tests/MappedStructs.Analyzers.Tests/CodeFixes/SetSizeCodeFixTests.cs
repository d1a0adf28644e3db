using System.Threading.Tasks;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.CodeFixVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer, MappedStructs.CodeFixes.SetSizeCodeFixProvider>;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

public sealed class SetSizeCodeFixTests
{
    private static string Layout(string size, string fields, string name = "T") => $$"""
        using MappedStructs;

        [MappedLayout(Size = {{size}})]
        public partial record struct {{name}}
        {
        {{fields}}
        }
        """;

    [Fact]
    public async Task Size_too_small_becomes_the_computed_size()
        => await Verify.VerifyAsync(
            Layout("{|#0:8|}", "    public long A { get; init; }\n    public long B { get; init; }"),
            [Verify.Diagnostic(DiagnosticDescriptors.SizeTooSmall).WithLocation(0).WithArguments("T", 8, 16)],
            Layout("16", "    public long A { get; init; }\n    public long B { get; init; }"));

    [Fact]
    public async Task Size_not_a_multiple_of_the_alignment_is_rounded_up()
        => await Verify.VerifyAsync(
            Layout("{|#0:12|}", "    [Field(0)] public long A { get; init; }\n    [Field(8)] public int B { get; init; }"),
            [Verify.Diagnostic(DiagnosticDescriptors.SizeNotMultipleOfAlignment).WithLocation(0).WithArguments("T", 12, 8, 16)],
            Layout("16", "    [Field(0)] public long A { get; init; }\n    [Field(8)] public int B { get; init; }"),
            remaining: [Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 12, 15, 16)]);

    [Fact]
    public async Task Fields_past_the_size_are_fixed_by_one_size_for_all_of_them()
    {
        const string Fields = "    [Field(0)] public long A { get; init; }\n    [Field(8)] public long {|#0:B|} { get; init; }\n    [Field(16)] public int {|#1:C|} { get; init; }";
        await Verify.VerifyAsync(
            Layout("8", Fields),
            [
                Verify.Diagnostic(DiagnosticDescriptors.FieldPastSize).WithLocation(0).WithArguments("B", 8, 8, 16, 8),
                Verify.Diagnostic(DiagnosticDescriptors.FieldPastSize).WithLocation(1).WithArguments("C", 16, 4, 20, 8),
            ],
            Layout("24", Fields.Replace("{|#0:B|}", "B").Replace("{|#1:C|}", "C")),
            remaining: [Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 20, 23, 24)],
            iterations: 1);
    }
}
