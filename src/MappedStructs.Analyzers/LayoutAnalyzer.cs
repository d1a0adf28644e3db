using MappedStructs.Analyzers.Symbols;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers;

/// <summary>
/// The start every MappedStructs analyzer shares: generated code is not analysed (the generator's output is correct by
/// construction, and its members are reported where the user declared them), analysis runs concurrently, and a
/// compilation that does not reference MappedStructs registers nothing.
/// </summary>
public abstract class LayoutAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Only this assembly's analyzers derive from this class.</summary>
    private protected LayoutAnalyzer()
    {
    }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (LayoutSymbols.TryCreate(start.Compilation) is { } symbols)
            {
                Register(start, symbols);
            }
        });
    }

    /// <summary>Registers the analyzer's actions for one compilation that references MappedStructs.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext start, LayoutSymbols symbols);
}
