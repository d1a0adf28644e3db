using System.Collections.Immutable;
using MappedStructs.Analyzers.Symbols;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// MAPS0101: a constant index outside a <c>[FixedArray(n)]</c> field, through the generated view
/// (<c>trade.Samples[8]</c> on a <c>Trade.Ref</c>) or on a loaded record's array, directly or through a local assigned
/// once from the field; an index from the end (<c>^0</c>, <c>^9</c> of 8) counts too.
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
        start.RegisterOperationAction(c => AnalyzeImplicitIndexer(c, symbols), OperationKind.ImplicitIndexerReference);
        start.RegisterOperationAction(c => AnalyzeArrayElement(c, symbols), OperationKind.ArrayElementReference);
    }

    // view.Samples[8]: Samples is a Span<T> or a generated indexable view; the index is the indexer's one argument.
    private static void AnalyzeIndexer(OperationAnalysisContext context, LayoutSymbols symbols)
    {
        var indexer = (IPropertyReferenceOperation)context.Operation;
        if (indexer.Property.IsIndexer && indexer.Arguments.Length == 1)
        {
            CheckViewIndex(context, symbols, indexer.Instance, indexer.Arguments[0].Value);
        }
    }

    // view.Samples[^1]: an Index on a type with an int indexer and a Length binds to the implicit indexer.
    private static void AnalyzeImplicitIndexer(OperationAnalysisContext context, LayoutSymbols symbols)
    {
        var indexer = (IImplicitIndexerReferenceOperation)context.Operation;
        CheckViewIndex(context, symbols, indexer.Instance, indexer.Argument);
    }

    private static void CheckViewIndex(OperationAnalysisContext context, LayoutSymbols symbols, IOperation? instance, IOperation index)
    {
        if (ConstantIndex.TryRead(index, out ConstantIndex constant)
            && FieldBehind(instance, type => symbols.GetViewedLayout(type) is not null, context.CancellationToken) is { Property: var viewProperty }
            && symbols.GetViewedLayout(viewProperty.ContainingType) is { } layout)
        {
            Check(context, layout, viewProperty.Name, index, constant);
        }
    }

    // record.Samples[8] on a loaded copy: the array the generated Load() fills has exactly the declared length.
    private static void AnalyzeArrayElement(OperationAnalysisContext context, LayoutSymbols symbols)
    {
        var element = (IArrayElementReferenceOperation)context.Operation;
        if (element.Indices.Length == 1
            && ConstantIndex.TryRead(element.Indices[0], out ConstantIndex constant)
            && FieldBehind(element.ArrayReference, symbols.IsLayout, context.CancellationToken) is { Property: var property })
        {
            Check(context, property.ContainingType, property.Name, element.Indices[0], constant);
        }
    }

    // The field read directly (trade.Samples[8]) or through a local initialized from it and never written again
    // (var s = trade.Samples; s[8]), declared by a type isOwner accepts. The owner is checked before the scan for other
    // writes, which only locals of a layout's field pay for.
    private static IPropertyReferenceOperation? FieldBehind(IOperation? instance, System.Func<INamedTypeSymbol, bool> isOwner, CancellationToken cancellationToken)
    {
        IOperation? source = instance?.WithoutConversions();
        if (source is ILocalReferenceOperation { Local: var local })
        {
            source = source.SemanticModel is { } model
                && SingleAssignment.Initializer(local, model, cancellationToken)?.WithoutConversions() is IPropertyReferenceOperation initializer
                && isOwner(initializer.Property.ContainingType)
                && !SingleAssignment.IsWrittenAgain(local, cancellationToken)
                    ? initializer
                    : null;
        }

        return source is IPropertyReferenceOperation { Property.IsIndexer: false } field && isOwner(field.Property.ContainingType) ? field : null;
    }

    private static void Check(OperationAnalysisContext context, INamedTypeSymbol layout, string fieldName, IOperation index, ConstantIndex constant)
    {
        if (LayoutSymbols.FindLayoutProperty(layout, fieldName) is not { } field
            || !LayoutSymbols.TryGetFixedArrayLength(field, out int length)
            || length <= 0
            || constant.IsWithin(length))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.FixedArrayIndexOutOfRange, index.Syntax.GetLocation(), constant.Display, fieldName, length, length - 1));
    }
}
