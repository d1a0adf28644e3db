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

    /// <summary>A break of shipped version <paramref name="version"/> of Sample.Trade, recorded at <paramref name="line"/>, at markup <paramref name="markup"/>.</summary>
    internal static DiagnosticResult Break(DiagnosticDescriptor descriptor, int markup, string message, int version, int line, string rule)
        => Diagnostic(descriptor).WithLocation(markup).WithArguments(message, version, "Sample.Trade", LayoutRecordFiles.ShippedFileName, line, rule);

    /// <summary>MAPS0039 for version <paramref name="version"/> of Sample.Trade at markup <paramref name="markup"/>.</summary>
    internal static DiagnosticResult NotRecorded(int markup, int version, string state = "is not recorded in MappedLayouts.Shipped.txt or MappedLayouts.Unshipped.txt", string name = "Sample.Trade")
        => Diagnostic(DiagnosticDescriptors.LayoutVersionNotRecorded).WithLocation(markup).WithArguments(version, name, state);

    /// <summary>A file's text: the header, then each entry after a blank line, as the writer lays it out.</summary>
    internal static string File(params string[] entries)
        => LayoutRecordFiles.Header + "\n" + string.Concat(System.Linq.Enumerable.Select(entries, entry => "\n" + entry));
}
