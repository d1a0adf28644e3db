using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MappedStructs.Analyzers.Symbols;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Declarations;

/// <summary>
/// Reports MAPS0026: an argument of a layout attribute that uses a constant the generator emits (<c>Other.Size</c>,
/// <c>Other.Offsets.X</c>). Generators run on the user's code alone, so to the generator such an argument does not bind and
/// the layout is not generated; the compiler then says only that the layout's <c>Ref</c> does not exist. Where the
/// generated code is present the argument binds to a member stamped as generated; where it is not, the argument names a
/// generated member (<see cref="GeneratedNames.TypeMembers"/>) of a layout. Other arguments that do not bind are the
/// compiler's to explain, and are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedConstantAnalyzer : LayoutAnalyzer
{
    private static readonly ImmutableHashSet<string> s_layoutAttributes = ImmutableHashSet.Create(
        AttributeNames.MappedLayout, AttributeNames.Field, AttributeNames.Utf8, AttributeNames.FixedArray, AttributeNames.Bits);

    private static readonly ImmutableHashSet<string> s_generatedTypeMembers = ImmutableHashSet.CreateRange(GeneratedNames.TypeMembers);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.GeneratedConstantInAttribute);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, LayoutSymbols symbols)
        => start.RegisterSyntaxNodeAction(c => Analyze(c, symbols), SyntaxKind.Attribute);

    private static void Analyze(SyntaxNodeAnalysisContext context, LayoutSymbols symbols)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is not { Arguments.Count: > 0 } arguments
            || attribute.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } layout
            || !symbols.IsLayout(layout)
            || !IsLayoutAttribute(context.SemanticModel, attribute, context.CancellationToken))
        {
            return;
        }

        foreach (AttributeArgumentSyntax argument in arguments.Arguments)
        {
            if (FindGeneratedReference(context.SemanticModel, argument.Expression, symbols, context.CancellationToken) is { } reference)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.GeneratedConstantInAttribute, argument.Expression.GetLocation(), reference.ToString(), layout.Name));
            }
        }
    }

    private static bool IsLayoutAttribute(SemanticModel model, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        SymbolInfo info = model.GetSymbolInfo(attribute, cancellationToken);
        ISymbol? constructor = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        return constructor?.ContainingType?.ToDisplayString() is { } name && s_layoutAttributes.Contains(name);
    }

    /// <summary>A generated type member's preferred name, or it with <c>_</c> appended (<see cref="GeneratedMemberNames"/>).</summary>
    private static bool IsGeneratedTypeMemberName(string name) => s_generatedTypeMembers.Contains(name.TrimEnd('_'));

    /// <summary>The whole member-access chain (<c>Other.Offsets.X</c>) of the first generated member <paramref name="expression"/> uses, or null.</summary>
    private static ExpressionSyntax? FindGeneratedReference(
        SemanticModel model, ExpressionSyntax expression, LayoutSymbols symbols, CancellationToken cancellationToken)
    {
        foreach (SyntaxNode node in expression.DescendantNodesAndSelf())
        {
            bool generated = node switch
            {
                MemberAccessExpressionSyntax access => IsGenerated(model, access, cancellationToken)
                    || (IsGeneratedTypeMemberName(access.Name.Identifier.ValueText)
                        && symbols.IsLayout(model.GetSymbolInfo(access.Expression, cancellationToken).Symbol as ITypeSymbol)),
                // Unqualified, inside the layout itself: a generated name that does not bind is the layout's own generated member.
                IdentifierNameSyntax name when name.Parent is not MemberAccessExpressionSyntax { Name: var right } || right != name =>
                    IsGenerated(model, name, cancellationToken)
                    || (IsGeneratedTypeMemberName(name.Identifier.ValueText) && model.GetSymbolInfo(name, cancellationToken).Symbol is null),
                _ => false,
            };

            if (generated)
            {
                var chain = (ExpressionSyntax)node;
                while (chain.Parent is MemberAccessExpressionSyntax outer && outer.Expression == chain)
                {
                    chain = outer;
                }

                return chain;
            }
        }

        return null;
    }

    /// <summary>Whether the expression binds to a member the generator emitted, or to one inside a type it emitted (<c>Offsets</c>).</summary>
    private static bool IsGenerated(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        for (ISymbol? symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingType)
        {
            if (LayoutSpecParser.IsGeneratedMember(symbol))
            {
                return true;
            }
        }

        return false;
    }
}
