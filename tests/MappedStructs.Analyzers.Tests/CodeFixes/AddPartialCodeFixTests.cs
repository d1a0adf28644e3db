using System.Threading.Tasks;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.CodeFixVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer, MappedStructs.CodeFixes.AddPartialCodeFixProvider>;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

public sealed class AddPartialCodeFixTests
{
    [Fact]
    public async Task Adds_partial_after_the_modifiers_or_in_place_of_none_one_by_one_and_all_at_once()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public readonly record struct {|#0:T|}
            {
                public long A { get; init; }
            }

            [MappedLayout]
            struct {|#1:U|}
            {
                public long A { get; set; }
            }
            """;
        string fixedSource = """
            using MappedStructs;

            [MappedLayout]
            public readonly partial record struct T
            {
                public long A { get; init; }
            }

            [MappedLayout]
            partial struct U
            {
                public long A { get; set; }
            }
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.NotPartialStruct).WithLocation(0).WithArguments("T", "not partial"),
                Verify.Diagnostic(DiagnosticDescriptors.NotPartialStruct).WithLocation(1).WithArguments("U", "not partial"),
            ],
            fixedSource, iterations: 2);
    }

    [Fact]
    public async Task Ref_struct_gets_no_fix()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public ref partial struct {|#0:R|}
            {
                public long A { get; set; }
            }
            """;
        await Verify.VerifyAsync(source,
            [Verify.Diagnostic(DiagnosticDescriptors.NotPartialStruct).WithLocation(0).WithArguments("R", "a ref struct")],
            source);
    }

    [Fact]
    public async Task A_class_or_a_ref_struct_that_is_not_partial_gets_one_diagnostic_and_no_fix()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public class {|#0:C|}
            {
                public long A { get; set; }
            }

            [MappedLayout]
            public ref struct {|#1:R|}
            {
                public long A { get; set; }
            }
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.NotPartialStruct).WithLocation(0).WithArguments("C", "a class"),
                Verify.Diagnostic(DiagnosticDescriptors.NotPartialStruct).WithLocation(1).WithArguments("R", "a ref struct"),
                Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS0592").WithSpan(3, 2, 3, 14).WithArguments("MappedLayout", "struct"),
            ],
            source);
    }
}
