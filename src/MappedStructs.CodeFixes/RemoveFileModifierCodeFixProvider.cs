using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>
/// MAPS0045: removes <c>file</c> from the type that a layout is or is nested in, so that the generated partial
/// declarations complete the same type.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveFileModifierCodeFixProvider)), Shared]
public sealed class RemoveFileModifierCodeFixProvider : DocumentRewriteCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public RemoveFileModifierCodeFixProvider()
        : base("MappedStructs.RemoveFile", "Remove 'file' from every type that holds a layout", DiagnosticDescriptors.FileLocalLayout)
    {
    }

    private protected override Task<string?> TitleAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult(FileLocalDeclaration(root, diagnostic) is { } declaration ? $"Remove 'file' from '{declaration.Identifier.ValueText}'" : null);

    private protected override Task<Document> RewriteAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => RewriteDeclarations(document, root, diagnostics, FileLocalDeclaration, RemoveFile);

    // The diagnostic is on the layout's name; the 'file' is on it or on the top-level type it is nested in.
    private static TypeDeclarationSyntax? FileLocalDeclaration(SyntaxNode root, Diagnostic diagnostic)
        => root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?
            .AncestorsAndSelf()
            .OfType<TypeDeclarationSyntax>()
            .FirstOrDefault(declaration => declaration.Modifiers.Any(SyntaxKind.FileKeyword));

    // The comments and indentation before 'file' stay in front of what follows it.
    private static TypeDeclarationSyntax RemoveFile(TypeDeclarationSyntax declaration)
    {
        SyntaxTokenList modifiers = declaration.Modifiers;
        int index = modifiers.IndexOf(SyntaxKind.FileKeyword);
        SyntaxTriviaList leading = modifiers[index].LeadingTrivia;
        SyntaxTokenList remaining = modifiers.RemoveAt(index);
        if (index < remaining.Count)
        {
            return declaration.WithModifiers(remaining.Replace(remaining[index], remaining[index].WithLeadingTrivia(leading)));
        }

        return declaration.WithModifiers(remaining).WithKeyword(declaration.Keyword.WithLeadingTrivia(leading));
    }
}
