using System.Threading.Tasks;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.CodeFixVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer, MappedStructs.CodeFixes.RemoveFileModifierCodeFixProvider>;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

public sealed class RemoveFileModifierCodeFixTests
{
    [Fact]
    public async Task Removes_file_from_the_layout_or_from_the_class_it_is_nested_in_one_by_one_and_all_at_once()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            file partial record struct {|#0:Hidden|}
            {
                public long Id { get; init; }
            }

            // The holder's comment stays.
            file partial class Holder
            {
                [MappedLayout]
                public partial record struct {|#1:Inner|}
                {
                    public int X { get; init; }
                }
            }

            [MappedLayout]
            file readonly partial struct {|#2:Plain|}
            {
                public long Id { get; init; }
            }
            """;
        string fixedSource = """
            using MappedStructs;

            [MappedLayout]
            partial record struct Hidden
            {
                public long Id { get; init; }
            }

            // The holder's comment stays.
            partial class Holder
            {
                [MappedLayout]
                public partial record struct Inner
                {
                    public int X { get; init; }
                }
            }

            [MappedLayout]
            readonly partial struct Plain
            {
                public long Id { get; init; }
            }
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.FileLocalLayout).WithLocation(0).WithArguments("Hidden", "is", "Hidden"),
                Verify.Diagnostic(DiagnosticDescriptors.FileLocalLayout).WithLocation(1).WithArguments("Inner", "is nested in 'Holder', which is", "Holder"),
                Verify.Diagnostic(DiagnosticDescriptors.FileLocalLayout).WithLocation(2).WithArguments("Plain", "is", "Plain"),
            ],
            fixedSource, iterations: 3);
    }
}
