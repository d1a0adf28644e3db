using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers.Shipped;
using MappedStructs.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>
/// Runs <see cref="ShippedLayoutAnalyzer"/> over a source with a <c>MappedLayouts.Shipped.txt</c> and/or a
/// <c>MappedLayouts.Unshipped.txt</c> as additional files (markup such as <c>{|#0:...|}</c> works in them too).
/// </summary>
internal static class ShippedVerifier
{
    internal static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    internal static Task VerifyAsync(string source, string? shipped, string? unshipped, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<ShippedLayoutAnalyzer>.Test { TestCode = source };
        AddFiles(test.TestState, shipped, unshipped);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Adds the files that are not null to <paramref name="state"/>.</summary>
    internal static void AddFiles(SolutionState state, string? shipped, string? unshipped)
    {
        if (shipped is not null)
        {
            state.AdditionalFiles.Add((LayoutRecordFiles.ShippedFileName, shipped));
        }

        if (unshipped is not null)
        {
            state.AdditionalFiles.Add((LayoutRecordFiles.UnshippedFileName, unshipped));
        }
    }

    /// <summary>A file's text: the header, then each entry after a blank line, as the writer lays it out.</summary>
    internal static string File(params string[] entries)
        => LayoutRecordFiles.Header + "\n" + string.Concat(System.Linq.Enumerable.Select(entries, entry => "\n" + entry));
}
