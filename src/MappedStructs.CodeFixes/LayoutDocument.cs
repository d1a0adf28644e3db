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

    /// <summary>The field index of the property declared by <paramref name="property"/>, or -1.</summary>
    internal int IndexOf(IPropertySymbol? property)
    {
        for (int i = 0; i < Fields.Count; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(Fields[i], property))
            {
                return i;
            }
        }

        return -1;
    }
}
