using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>
/// MAPS0006/MAPS0007: moves a misaligned <c>[Field(offset)]</c> (on a property, or <c>[property: Field(offset)]</c> on a
/// positional parameter) to the offset the diagnostic names: the next one that is aligned, free and inside Size.
/// Fix All plans the moves of every misaligned field of a layout together (<see cref="FreeOffsets.PlanAlignedOffsets"/>),
/// so that no two take the same slot and a field blocked by another misaligned one still finds room once that one moved.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MisalignedOffsetCodeFixProvider)), Shared]
public sealed class MisalignedOffsetCodeFixProvider : DocumentRewriteCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public MisalignedOffsetCodeFixProvider()
        : base(
            "MappedStructs.MoveToAlignedOffset",
            "Move the misaligned fields of each layout to free aligned offsets",
            DiagnosticDescriptors.MisalignedField,
            DiagnosticDescriptors.MisalignedAtomicField)
    {
    }

    private protected override Task<string?> TitleAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult(FindTarget(root, diagnostic) is { } target ? $"Move to offset {target.Offset}" : null);

    // One diagnostic: its field goes where the analyzer said, the number in the message and in the title.
    private protected override Task<Document> RewriteAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var offsets = new Dictionary<ExpressionSyntax, int>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (FindTarget(root, diagnostic) is { } target)
            {
                offsets[target.Expression] = target.Offset;
            }
        }

        return Task.FromResult(WithNumbers(document, root, offsets));
    }

    // Fix All: every misaligned field of each layout that has a diagnostic here, whichever of MAPS0006/MAPS0007 started it.
    private protected override async Task<Document> RewriteAllAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var offsets = new Dictionary<ExpressionSyntax, int>();
        IEnumerable<TypeDeclarationSyntax> declarations = diagnostics
            .Select(d => root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<TypeDeclarationSyntax>())
            .OfType<TypeDeclarationSyntax>()
            .Distinct();
        foreach (TypeDeclarationSyntax declaration in declarations)
        {
            if (await LayoutDocument.FromNodeAsync(document, declaration, cancellationToken).ConfigureAwait(false) is not { } layout)
            {
                continue;
            }

            IEnumerable<int> misaligned = layout.Layout.Violations
                .Where(v => v.Kind is ViolationKind.MisalignedField or ViolationKind.MisalignedAtomicField)
                .Select(v => v.FieldIndex);
            foreach (KeyValuePair<int, int> move in FreeOffsets.PlanAlignedOffsets(layout.Layout, misaligned))
            {
                if (layout.OffsetArgument(move.Key, root.SyntaxTree, cancellationToken) is { } expression)
                {
                    offsets[expression] = move.Value;
                }
            }
        }

        return WithNumbers(document, root, offsets);
    }

    // The [Field] argument the diagnostic is on, and the free aligned offset the analyzer found for it (none: no fix).
    private static (ExpressionSyntax Expression, int Offset)? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (NumberProperty(diagnostic, ViolationDiagnostics.FreeAlignedOffsetKey) is not { } offset)
        {
            return null;
        }

        ExpressionSyntax? expression = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ExpressionSyntax>();
        return expression?.Parent is AttributeArgumentSyntax ? (expression, offset) : null;
    }
}
