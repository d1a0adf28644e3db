using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>MAPS0001: adds <c>partial</c> to a struct or record struct declaration that lacks it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFixProvider)), Shared]
public sealed class AddPartialCodeFixProvider : DocumentRewriteCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public AddPartialCodeFixProvider()
        : base("MappedStructs.AddPartial", "Add 'partial' to every layout that lacks it", DiagnosticDescriptors.NotPartialStruct)
    {
    }

    private protected override Task<string?> TitleAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(FixableDeclaration(root, diagnostic) is null ? null : "Add 'partial'");

    private protected override Task<Document> RewriteAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => RewriteDeclarations(document, root, diagnostics, FixableDeclaration, AddPartial);

    // Only a plain struct or record struct becomes valid by adding 'partial'; a class or a ref struct does not.
    private static TypeDeclarationSyntax? FixableDeclaration(SyntaxNode root, Diagnostic diagnostic)
        => root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is TypeDeclarationSyntax declaration
            && declaration is StructDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: (int)SyntaxKind.StructKeyword }
            && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            && !declaration.Modifiers.Any(SyntaxKind.RefKeyword)
                ? declaration
                : null;

    // 'partial' must come last among the modifiers, right before 'struct' or 'record'.
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.WithModifiers(declaration.Modifiers.Add(partial));
        }

        SyntaxToken keyword = declaration.Keyword;
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia())
            .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
    }
}
