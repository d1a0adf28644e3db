using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers.Access;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Analyzers.Tests.Infrastructure;
using MappedStructs.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Tests.Integration;

/// <summary>
/// A program compiled beside a few layouts with the real generator, then run through every analyzer: the generated
/// types are the ones users get (tables need a layout that really implements <c>IMappedLayout&lt;T&gt;</c>).
/// </summary>
internal static class GeneratedProgram
{
    internal const string Layouts = """
        using MappedStructs;

        public enum Side : byte { Buy = 1, Sell = 2 }

        [MappedLayout(Size = 48)]
        public partial record struct Trade
        {
            [Field(0)]  public long Id { get; init; }
            [Field(8)]  public double Price { get; init; }
            [Field(16)] public int Quantity { get; init; }
            [Field(20)] public Side Side { get; init; }
            [Field(24), Utf8(16)] public string Symbol { get; init; }
            [Field(40), Atomic] public long Version { get; init; }
        }

        [MappedLayout]
        public partial record struct Series
        {
            [FixedArray(8)] public int[] Samples { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct WireSeries
        {
            [FixedArray(4)] public int[] Samples { get; init; }
        }
        """;

    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string program)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(Layouts, parseOptions, "Layouts.cs"), CSharpSyntaxTree.ParseText(program, parseOptions, "Program.cs")],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        CSharpGeneratorDriver.Create(new LayoutGenerator()).WithUpdatedParseOptions(parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation? generated, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.True(generated.SyntaxTrees.Count() > 2, "the generator emitted nothing");
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        DiagnosticAnalyzer[] analyzers = [new DeclarationAnalyzer(), new AccessAnalyzer(), new FixedArrayIndexAnalyzer(), new DefaultViewAnalyzer()];
        return await generated.WithAnalyzers(ImmutableArray.Create(analyzers)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    /// <summary>The non-hidden diagnostics as "ID line:column 'reported text' message", in source order.</summary>
    internal static string[] Describe(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                string text = d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan);
                return $"{d.Id} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} '{text}' "
                    + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            })
            .ToArray();
}
