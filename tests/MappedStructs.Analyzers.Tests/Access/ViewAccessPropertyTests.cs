using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CsCheck;
using MappedStructs.Analyzers.Access;
using MappedStructs.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Tests.Access;

/// <summary>
/// Random typed reads over views of random constant offset and length: MAPS0103 fires exactly when the byte in the
/// mapping is not a multiple of the type's alignment, and MAPS0105 exactly when the read runs past the view.
/// </summary>
public sealed class ViewAccessPropertyTests
{
    private static readonly (string Name, int Size, int Alignment)[] s_types =
        [("byte", 1, 1), ("short", 2, 2), ("int", 4, 4), ("float", 4, 4), ("long", 8, 8), ("double", 8, 8), ("System.Guid", 16, 4)];

    private static readonly CSharpCompilation s_base = CSharpCompilation.Create(
        "Views", references: TestReferences.All, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void Alignment_and_range_diagnostics_match_the_arithmetic()
    {
        Gen.Select(Gen.Int[0, s_types.Length - 1], Gen.Int[0, 24], Gen.Int[1, 64], Gen.Int[0, 72]).Sample(sample =>
        {
            (int typeIndex, int viewOffset, int viewLength, int offset) = sample;
            (string? name, int size, int alignment) = s_types[typeIndex];
            string source = $$"""
                using MappedStructs;

                public static class Program
                {
                    public static object Run(MappedFile file)
                    {
                        var view = file.CreateView({{viewOffset}}, {{viewLength}});
                        return view.Read<{{name}}>({{offset}});
                    }
                }
                """;
            CSharpCompilation compilation = s_base.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, cancellationToken: CancellationToken.None));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            string[] ids = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AccessAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
                .Select(d => d.Id).Order().ToArray();

            string[] expected =
            [
                .. (viewOffset + offset) % alignment != 0 ? ["MAPS0103"] : System.Array.Empty<string>(),
                .. offset + size > viewLength ? ["MAPS0105"] : System.Array.Empty<string>(),
            ];
            Assert.Equal(expected, ids);
        }, iter: 60);
    }
}
