using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// MAPS0045: a layout that is, or is nested in, a <c>file</c> type is reported at its name (the generator cannot complete
/// it from another file); the near misses (an <c>internal</c> or <c>private</c> layout, a layout beside a file-local type,
/// a file-local type without <c>[MappedLayout]</c>) are not.
/// </summary>
public sealed class FileLocalDeclarationTests
{
    private static DiagnosticResult At(int location, string layout, string how, string fileType)
        => Verify.Diagnostic(DiagnosticDescriptors.FileLocalLayout).WithLocation(location).WithArguments(layout, how, fileType);

    [Fact]
    public async Task A_file_local_layout_is_reported_on_its_name()
        => await Verify.VerifyAsync("""
            using MappedStructs;

            [MappedLayout]
            file partial record struct {|#0:Hidden|}
            {
                public long Id { get; init; }
            }
            """,
            At(0, "Hidden", "is", "Hidden"));

    [Fact]
    public async Task A_file_local_partial_struct_is_reported_once_on_the_declaration_with_the_attribute()
        => await Verify.VerifyAsync("""
            using MappedStructs;

            file partial struct Hidden
            {
                public long Id { get; set; }
            }

            [MappedLayout]
            file partial struct {|#0:Hidden|}
            {
            }
            """,
            At(0, "Hidden", "is", "Hidden"));

    [Fact]
    public async Task A_layout_nested_in_a_file_local_class_is_reported_on_its_name_and_names_the_class()
        => await Verify.VerifyAsync("""
            using MappedStructs;

            file partial class Holder
            {
                public partial class Middle
                {
                    [MappedLayout]
                    public partial record struct {|#0:Inner|}
                    {
                        public int X { get; init; }
                    }
                }
            }
            """,
            At(0, "Inner", "is nested in 'Holder', which is", "Holder"));

    [Fact]
    public async Task Internal_private_and_neighbouring_layouts_and_a_file_local_type_without_the_attribute_are_not_reported()
        => await Verify.VerifyAsync("""
            using MappedStructs;

            file struct Unmapped
            {
                public long Id { get; set; }
            }

            [MappedLayout]
            internal partial record struct Visible
            {
                public long Id { get; init; }
            }

            internal partial class Holder
            {
                [MappedLayout]
                private partial record struct Inner
                {
                    public int X { get; init; }
                }
            }
            """);
}
