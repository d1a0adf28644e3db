using System.Collections.Immutable;
using MappedStructs.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// MAPS0108: a generated view created without memory to wrap, by <c>default(Trade.Ref)</c>, a <c>default</c> literal
/// converted to it, or <c>new Trade.Ref()</c>. Its <c>ref byte</c> start is null, so every field access dereferences null.
/// A member whose access stays within the first 4 KiB of the view does not check (the cost of safety is paid once per
/// view or table, never per near field read, and the runtime turns the fault into a <c>NullReferenceException</c>); a
/// member that can reach further tests the start first and throws that exception itself. Either way the view is useless,
/// which is what this analyzer reports where the view is made.
/// </summary>
/// <remarks>
/// Every such creation is reported, also a local's <c>= default</c> that is overwritten before any read: such a local
/// needs no initializer, and without one the compiler's definite-assignment check proves what this analyzer cannot.
/// The one exception is a default assigned to an <c>out</c> parameter, which the Try pattern cannot do without.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefaultViewAnalyzer : LayoutAnalyzer
{
    // Trade.Ref, as the user writes it: the view is always nested, and its name alone does not say which layout it views.
    private static readonly SymbolDisplayFormat s_nestedName = new(typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ViewWrapsNoMemory);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, LayoutSymbols symbols)
    {
        start.RegisterOperationAction(c => AnalyzeDefault(c, symbols), OperationKind.DefaultValue);
        start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
    }

    // default(Trade.Ref), and the default literal, whose operation takes the type it is converted to.
    private static void AnalyzeDefault(OperationAnalysisContext context, LayoutSymbols symbols)
    {
        // An omitted optional argument's default is implicit: it has no syntax of its own to point at, and it is the
        // parameter's declared default, which is reported where the parameter declares it.
        var operation = (IDefaultValueOperation)context.Operation;
        if (!operation.IsImplicit)
        {
            Report(context, symbols, operation.Type ?? (operation.Parent as IConversionOperation)?.Type);
        }
    }

    // bool TryFind(long id, out Trade.Ref trade) { ...; trade = default; return false; }: an out parameter must be
    // assigned, a view cannot be made without memory, and by the Try pattern's convention the caller does not read it
    // after false. There is no way to write this without a default view, so it is not reported.
    private static bool IsFailedTryResult(IOperation operation)
    {
        IOperation value = operation;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        return value.Parent is ISimpleAssignmentOperation { Target: IParameterReferenceOperation { Parameter.RefKind: RefKind.Out } } assignment
            && assignment.Value == value;
    }

    // new Trade.Ref() and target-typed new(): a struct's parameterless creation is its default value.
    private static void AnalyzeCreation(OperationAnalysisContext context, LayoutSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!creation.IsImplicit && creation.Arguments.IsEmpty && creation.Constructor is null or { Parameters.IsEmpty: true })
        {
            Report(context, symbols, creation.Type);
        }
    }

    private static void Report(OperationAnalysisContext context, LayoutSymbols symbols, ITypeSymbol? type)
    {
        if (symbols.GetAccessorLayout(type) is null || IsFailedTryResult(context.Operation))
        {
            return;
        }

        string name = type!.ToDisplayString(s_nestedName);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ViewWrapsNoMemory, context.Operation.Syntax.GetLocation(), name));
    }
}
