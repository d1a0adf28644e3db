using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// While a user types an attribute argument the compiler already reports the syntax or bind error: the declaration
/// analyzers add nothing beside it (no "offset ... is -1", no length 0), and never fail (AD0001).
/// </summary>
public sealed class EditingStateTests
{
    /// <summary>The edited field's declaration, half-typed.</summary>
    public static TheoryData<string, string> States { get; } = new()
    {
        { "MappedLayout", "[Field(" },
        { "MappedLayout", "[Field(4" },
        { "MappedLayout", "[Field(4)" },
        { "MappedLayout", "[Field(4)] public" },
        { "MappedLayout", "[Field()] public int B { get; init; }" },
        { "MappedLayout", "[Field(-)] public int B { get; init; }" },
        { "MappedLayout", "[Field(\"4\")] public int B { get; init; }" },
        { "MappedLayout", "[Field(Missing)] public int B { get; init; }" },
        { "MappedLayout", "[Field(4)] public Name { get; init; }" },
        { "MappedLayout", "[Field(4)] public Nme B { get; init; }" },
        { "MappedLayout", "[Field(4), FixedArray(2)] public Nme[] B { get; init; }" },
        { "MappedLayout", "[Field(4), FixedArray(] public short[] B { get; init; }" },
        { "MappedLayout", "[Field(4), FixedArray()] public short[] B { get; init; }" },
        { "MappedLayout", "[Field(4), Utf8(" },
        { "MappedLayout", "[Field(4), Utf8(] public string B { get; init; }" },
        { "MappedLayout(Size = )", "[Field(4)] public int B { get; init; }" },
        { "MappedLayout(Size = Missing)", "[Field(4)] public int B { get; init; }" },
        { "MappedLayout(Pack = )", "[Field(4)] public int B { get; init; }" },
        { "MappedLayout(Size = ", "[Field(4)] public int B { get; init; }" },
    };

    [Theory]
    [MemberData(nameof(States))]
    public async Task Half_typed_arguments_get_only_the_compilers_errors(string attribute, string field)
    {
        string source = $$"""
            using MappedStructs;

            [{{attribute}}]
            public partial record struct T
            {
                [Field(0)] public int A { get; init; }
                {{field}}
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Editing",
            [CSharpSyntaxTree.ParseText(source, cancellationToken: TestContext.Current.CancellationToken)],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new DeclarationAnalyzer(), new GeneratedConstantAnalyzer()];

        ImmutableArray<Diagnostic> reported = await compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Contains(compilation.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(
            reported.All(d => d.Severity == DiagnosticSeverity.Hidden),
            string.Join("\n", reported.Where(d => d.Severity != DiagnosticSeverity.Hidden)));
    }
}
