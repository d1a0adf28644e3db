using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>A layout declaration as a code fix sees it: the syntax, the symbol and the engine's answer for it.</summary>
internal sealed class LayoutDocument
{
    private LayoutDocument(TypeDeclarationSyntax declaration, INamedTypeSymbol type, ResolvedLayout layout, IReadOnlyList<IPropertySymbol> fields)
    {
        Declaration = declaration;
        Type = type;
        Layout = layout;
        Fields = fields;
    }

    internal TypeDeclarationSyntax Declaration { get; }

    internal INamedTypeSymbol Type { get; }

    internal ResolvedLayout Layout { get; }

    /// <summary>The field properties, by field index (as the engine numbers them).</summary>
    internal IReadOnlyList<IPropertySymbol> Fields { get; }

    /// <summary>Resolves the layout whose declaration contains <paramref name="node"/>, with the same parser and engine as the analyzer.</summary>
    internal static async Task<LayoutDocument?> FromNodeAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        var declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (declaration is null || model?.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type
            || !LayoutSpecParser.IsMappedLayout(type))
        {
            return null;
        }

        var layout = LayoutSpecParser.ParseWithNested(type, cancellationToken).Resolve();
        return new LayoutDocument(declaration, type, layout, LayoutSpecParser.FieldProperties(type));
    }

    /// <summary>The field index of the property declared by <paramref name="property"/>, or -1.</summary>
    internal int IndexOf(IPropertySymbol? property)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(Fields[i], property))
            {
                return i;
            }
        }

        return -1;
    }
}
