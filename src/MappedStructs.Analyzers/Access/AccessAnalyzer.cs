using System.Collections.Immutable;
using MappedStructs.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// Accesses to mapped memory whose mistakes a method shows with constants: buffers too small for a layout (MAPS0102),
/// misaligned view accesses (MAPS0103, MAPS0104 for atomics), offsets past a view (MAPS0105), use after dispose
/// (MAPS0106) and writes through a read-only mapping (MAPS0107). One pass over each method body collects the facts.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AccessAnalyzer : LayoutAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.BufferTooSmall,
        DiagnosticDescriptors.MisalignedViewAccess,
        DiagnosticDescriptors.MisalignedAtomicAccess,
        DiagnosticDescriptors.ViewAccessOutOfRange,
        DiagnosticDescriptors.UseAfterDispose,
        DiagnosticDescriptors.WriteToReadOnlyMapping);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, LayoutSymbols layouts)
    {
        if (AccessSymbols.TryCreate(start.Compilation, layouts) is not { } symbols)
        {
            return;
        }

        var sizes = new LayoutSizes(layouts);
        start.RegisterOperationBlockAction(block =>
        {
            var facts = MethodFacts.Collect(block.OperationBlocks, symbols);
            if (facts.Invocations.Count > 0 || facts.UsingDisposals.Count > 0)
            {
                new AccessChecks(facts, symbols, sizes, block.ReportDiagnostic, block.CancellationToken).Run();
            }
        });
    }
}
