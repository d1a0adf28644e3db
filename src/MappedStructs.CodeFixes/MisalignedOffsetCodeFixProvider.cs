using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers;
using MappedStructs.Analyzers.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>
/// MAPS0006/MAPS0007: moves a misaligned <c>[Field(offset)]</c> to the next offset that is aligned, free and inside Size.
/// Fix All moves the fields of a layout one after the other, so that no two take the same slot.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MisalignedOffsetCodeFixProvider)), Shared]
public sealed class MisalignedOffsetCodeFixProvider : DocumentRewriteCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public MisalignedOffsetCodeFixProvider()
        : base("MappedStructs.MoveToAlignedOffset", DiagnosticDescriptors.MisalignedField, DiagnosticDescriptors.MisalignedAtomicField)
    {
    }

    private protected override Task<string?> TitleAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(
            diagnostic.Properties.TryGetValue(ViolationDiagnostics.FreeAlignedOffsetKey, out string? offset) && offset is not null
                ? $"Move to offset {offset}"
                : null);

    private protected override async Task<Document> RewriteAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();

        // One layout at a time, fields in declaration order, remembering where earlier fields went.
        IEnumerable<IGrouping<TypeDeclarationSyntax?, ExpressionSyntax?>> targets = diagnostics
            .Select(d => root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true))
            .Select(node => node.FirstAncestorOrSelf<ExpressionSyntax>())
            .Where(node => node is not null && node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not null)
            .GroupBy(node => node!.FirstAncestorOrSelf<TypeDeclarationSyntax>());
        foreach (IGrouping<TypeDeclarationSyntax?, ExpressionSyntax?>? group in targets)
        {
            if (group.Key is null || await LayoutDocument.FromNodeAsync(document, group.Key, cancellationToken).ConfigureAwait(false) is not { } layout)
            {
                continue;
            }

            var moved = new Dictionary<int, int>();
            IOrderedEnumerable<(ExpressionSyntax Node, int Index)> ordered = group
                .Select(node => (Node: node!, Index: layout.IndexOf(PropertyOf(model, node!, cancellationToken))))
                .Where(target => target.Index >= 0)
                .OrderBy(target => target.Index);
            foreach ((ExpressionSyntax? node, int index) in ordered)
            {
                if (FreeOffsets.FindAlignedFreeOffset(layout.Layout, index, moved) is { } offset)
                {
                    moved[index] = offset;
                    replacements[node] = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(offset))
                        .WithTriviaFrom(node);
                }
            }
        }

        return replacements.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private static IPropertySymbol? PropertyOf(SemanticModel? model, SyntaxNode node, CancellationToken cancellationToken)
        => node.FirstAncestorOrSelf<PropertyDeclarationSyntax>() is { } property
            ? model?.GetDeclaredSymbol(property, cancellationToken)
            : null;
}
