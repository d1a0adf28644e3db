using System.Collections.Immutable;
using MappedStructs.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// MAPS0101: a constant index outside a <c>[FixedArray(n)]</c> field, through the generated view
/// (<c>trade.Samples[8]</c> on a <c>Trade.Ref</c>) or on a loaded record's array.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FixedArrayIndexAnalyzer : LayoutAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.FixedArrayIndexOutOfRange);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, LayoutSymbols symbols)
    {
        start.RegisterOperationAction(c => AnalyzeIndexer(c, symbols), OperationKind.PropertyReference);
        start.RegisterOperationAction(c => AnalyzeArrayElement(c, symbols), OperationKind.ArrayElementReference);
    }

    // view.Samples[8]: Samples is a Span<T> or a generated indexable view; the index is the indexer's one argument.
    private static void AnalyzeIndexer(OperationAnalysisContext context, LayoutSymbols symbols)
    {
        var indexer = (IPropertyReferenceOperation)context.Operation;
        if (!indexer.Property.IsIndexer || indexer.Arguments.Length != 1
            || indexer.Instance?.WithoutConversions() is not IPropertyReferenceOperation { Property: var viewProperty }
            || symbols.GetViewedLayout(viewProperty.ContainingType) is not { } layout)
        {
            return;
        }

        Check(context, layout, viewProperty.Name, indexer.Arguments[0].Value);
    }

    // record.Samples[8] on a loaded copy: the array the generated Load() fills has exactly the declared length.
    private static void AnalyzeArrayElement(OperationAnalysisContext context, LayoutSymbols symbols)
    {
        var element = (IArrayElementReferenceOperation)context.Operation;
        if (element.Indices.Length != 1
            || element.ArrayReference.WithoutConversions() is not IPropertyReferenceOperation { Property: var property }
            || !symbols.IsLayout(property.ContainingType))
        {
            return;
        }

        Check(context, property.ContainingType, property.Name, element.Indices[0]);
    }

    private static void Check(OperationAnalysisContext context, INamedTypeSymbol layout, string fieldName, IOperation index)
    {
        if (!index.TryGetInt64Constant(out long value)
            || LayoutSymbols.FindLayoutProperty(layout, fieldName) is not { } field
            || !LayoutSymbols.TryGetFixedArrayLength(field, out int length)
            || length <= 0
            || (value >= 0 && value < length))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.FixedArrayIndexOutOfRange, index.Syntax.GetLocation(), value, fieldName, length, length - 1));
    }
}
