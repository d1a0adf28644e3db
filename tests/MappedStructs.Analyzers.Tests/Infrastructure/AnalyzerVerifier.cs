using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MappedStructs.Analyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer over test sources and compares its diagnostics with the expected ones, spans included.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic of <paramref name="descriptor"/> expected at a <c>{|#n:...|}</c> markup location.</summary>
    internal static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Verifies <paramref name="source"/> (plus optional generated-code stand-ins) gives exactly <paramref name="expected"/>.</summary>
    internal static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyAsync(source, generated: null, expected);

    internal static Task VerifyAsync(string source, string? generated, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (generated is not null)
        {
            test.TestState.Sources.Add(("Generated.g.cs", generated));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Verifies <paramref name="source"/> compiled with the runtime, the Trade layout and a stand-in for its generated views.
    /// </summary>
    internal static Task VerifyWithTradeAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.TestState.Sources.Add(("Trade.cs", StandIns.TradeLayout));
        test.TestState.Sources.Add(("Trade.g.cs", StandIns.TradeGenerated));

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    internal sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test(bool withRuntimeAssembly = true)
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(withRuntimeAssembly ? TestReferences.All : TestReferences.Framework);
        }

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithAllowUnsafe(true);

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
    }
}
