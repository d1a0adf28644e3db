using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>A layout declaration as a code fix sees it: the syntax and the engine's answer for it.</summary>
/// <param name="Declaration">The type declaration the fix edits.</param>
/// <param name="Layout">The engine's answer for the declared type.</param>
/// <param name="Fields">The field properties, by field index (as the engine numbers them).</param>
internal sealed record LayoutDocument(TypeDeclarationSyntax Declaration, ResolvedLayout Layout, IReadOnlyList<IPropertySymbol> Fields)
{
    /// <summary>Resolves the layout whose declaration contains <paramref name="node"/>, with the same parser and engine as the analyzer.</summary>
    internal static async Task<LayoutDocument?> FromNodeAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        TypeDeclarationSyntax? declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (declaration is null || model?.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type
            || !LayoutSpecParser.IsMappedLayout(type))
        {
            return null;
        }

        ResolvedLayout layout = LayoutSpecParser.ParseWithNested(type, cancellationToken).Resolve();
        return new LayoutDocument(declaration, layout, LayoutSpecParser.FieldProperties(type));
    }

    /// <summary>
    /// The offset argument of field <paramref name="fieldIndex"/>'s <c>[Field]</c> (the <c>12</c> in <c>[Field(12)]</c> on a
    /// property or <c>[property: Field(12)]</c> on a positional parameter) when it is written in <paramref name="tree"/>.
    /// </summary>
    internal ExpressionSyntax? OffsetArgument(int fieldIndex, SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (AttributeData attribute in Fields[fieldIndex].GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == AttributeNames.Field
                && attribute.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == tree
                && reference.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList.Arguments: [{ } first, ..] })
            {
                return first.Expression;
            }
        }

        return null;
    }
}
