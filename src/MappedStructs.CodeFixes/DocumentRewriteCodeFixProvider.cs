using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>
/// A code fix whose fix for one diagnostic and whose Fix All are one rewrite of a document: the single fix rewrites the
/// document for its diagnostic alone, Fix All for all of a document's diagnostics at once, so that the fixes of one
/// layout see each other (two fields never move to the same free offset, one Size is written once). A fix whose Fix All
/// must see more than the diagnostics it was given (all the misaligned fields of a layout) overrides
/// <see cref="RewriteAllAsync(Document, SyntaxNode, ImmutableArray{Diagnostic}, CancellationToken)"/>.
/// </summary>
public abstract class DocumentRewriteCodeFixProvider : CodeFixProvider
{
    private readonly string _equivalenceKey;
    private readonly string _fixAllTitle;

    /// <summary>
    /// A fix for the diagnostics of <paramref name="fixable"/>, grouped for Fix All by <paramref name="equivalenceKey"/>;
    /// Fix All is offered as <paramref name="fixAllTitle"/>, which says what it does (the default title names the ID of
    /// the diagnostic it was started from, wrong for a fix of several IDs).
    /// </summary>
    private protected DocumentRewriteCodeFixProvider(string equivalenceKey, string fixAllTitle, params DiagnosticDescriptor[] fixable)
    {
        _equivalenceKey = equivalenceKey;
        _fixAllTitle = fixAllTitle;
        FixableDiagnosticIds = fixable.Select(descriptor => descriptor.Id).ToImmutableArray();
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => new TitledFixAllProvider(_fixAllTitle, FixAllProvider.Create(
        async (context, document, diagnostics) => await RewriteAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false)));

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (await TitleAsync(context.Document, root, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } title)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => RewriteAsync(context.Document, ImmutableArray.Create(diagnostic), ct), _equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The title of the fix offered for <paramref name="diagnostic"/>, or null when it cannot be fixed.</summary>
    private protected abstract Task<string?> TitleAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>The document with every fixable one of <paramref name="diagnostics"/> fixed (unchanged when none is).</summary>
    private protected abstract Task<Document> RewriteAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);

    /// <summary>Fix All in one document: by default the rewrite of all its diagnostics at once.</summary>
    private protected virtual Task<Document> RewriteAllAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => RewriteAsync(document, root, diagnostics, cancellationToken);

    /// <summary>The number the analyzer stored in <paramref name="diagnostic"/>'s property <paramref name="key"/>, or null.</summary>
    private protected static int? NumberProperty(Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out string? text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int number)
                ? number
                : null;

    /// <summary>The document with each expression of <paramref name="numbers"/> replaced by its number, as a literal.</summary>
    private protected static Document WithNumbers(Document document, SyntaxNode root, IReadOnlyDictionary<ExpressionSyntax, int> numbers)
        => numbers.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(numbers.Keys, (original, _) =>
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(numbers[original])).WithTriviaFrom(original)));

    /// <summary>
    /// The document with each declaration that <paramref name="fixable"/> finds for one of <paramref name="diagnostics"/>
    /// rewritten once by <paramref name="rewrite"/> (two diagnostics may name one declaration); unchanged when none is found.
    /// </summary>
    private protected static Task<Document> RewriteDeclarations(
        Document document,
        SyntaxNode root,
        ImmutableArray<Diagnostic> diagnostics,
        Func<SyntaxNode, Diagnostic, TypeDeclarationSyntax?> fixable,
        Func<TypeDeclarationSyntax, TypeDeclarationSyntax> rewrite)
    {
        var declarations = new HashSet<TypeDeclarationSyntax>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (fixable(root, diagnostic) is { } declaration)
            {
                declarations.Add(declaration);
            }
        }

        return Task.FromResult(declarations.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(declarations, (_, rewritten) => rewrite(rewritten))));
    }

    private async Task<Document> RewriteAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : await RewriteAsync(document, root, diagnostics, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Document> RewriteAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : await RewriteAllAsync(document, root, diagnostics, cancellationToken).ConfigureAwait(false);
    }

    // Fix All as Roslyn batches it, one document at a time, under a title of its own: Roslyn's names the diagnostic ID
    // Fix All was started from ("Fix all 'MAPS0007'"), not what it does.
    private sealed class TitledFixAllProvider(string title, FixAllProvider batch) : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => batch.GetSupportedFixAllScopes();

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            CodeAction? fix = await batch.GetFixAsync(fixAllContext).ConfigureAwait(false);
            return fix is null
                ? null
                : CodeAction.Create(title, async ct => await ChangedSolutionAsync(fix, fixAllContext.Solution, ct).ConfigureAwait(false), fix.EquivalenceKey);
        }

        private static async Task<Solution> ChangedSolutionAsync(CodeAction fix, Solution original, CancellationToken cancellationToken)
        {
            ImmutableArray<CodeActionOperation> operations = await fix.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            return operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution ?? original;
        }
    }
}
