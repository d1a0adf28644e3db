using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers;
using MappedStructs.Analyzers.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>
/// MAPS0006/MAPS0007: moves a misaligned <c>[Field(offset)]</c> to the next offset that is aligned, free and inside Size.
/// Fix All moves the fields of a layout one after the other, so that no two take the same slot.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MisalignedOffsetCodeFixProvider)), Shared]
public sealed class MisalignedOffsetCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "MappedStructs.MoveToAlignedOffset";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MisalignedField.Id, DiagnosticDescriptors.MisalignedAtomicField.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(ViolationDiagnostics.FreeAlignedOffsetKey, out var offset) && offset is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Move to offset {offset}",
                        ct => FixAllInDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        => await FixAllInDocumentAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

    private static async Task<Document> FixAllInDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();

        // One layout at a time, fields in declaration order, remembering where earlier fields went.
        var targets = diagnostics
            .Select(d => root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true))
            .Select(node => node.FirstAncestorOrSelf<ExpressionSyntax>())
            .Where(node => node is not null && node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not null)
            .GroupBy(node => node!.FirstAncestorOrSelf<TypeDeclarationSyntax>());
        foreach (var group in targets)
        {
            if (group.Key is null || await LayoutDocument.FromNodeAsync(document, group.Key, cancellationToken).ConfigureAwait(false) is not { } layout)
            {
                continue;
            }

            var moved = new Dictionary<int, int>();
            var ordered = group
                .Select(node => (Node: node!, Index: layout.IndexOf(PropertyOf(model, node!, cancellationToken))))
                .Where(target => target.Index >= 0)
                .OrderBy(target => target.Index);
            foreach (var (node, index) in ordered)
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
