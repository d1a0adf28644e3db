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
/// MAPS0004/MAPS0005: sets <c>Size</c> to what the fields need, rounded up to the alignment; MAPS0008: rounds <c>Size</c>
/// up to the next multiple of the alignment. The analyzer computes the number (from the engine); the fix writes it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetSizeCodeFixProvider)), Shared]
public sealed class SetSizeCodeFixProvider : DocumentRewriteCodeFixProvider
{
    private static readonly string s_mappedLayoutTypeName = AttributeNames.MappedLayout.Substring(AttributeNames.MappedLayout.LastIndexOf('.') + 1);

    /// <summary>Creates the provider.</summary>
    public SetSizeCodeFixProvider()
        : base("MappedStructs.SetSize", "Set each Size to what its layout's fields need, aligned", DiagnosticDescriptors.FieldPastSize, DiagnosticDescriptors.SizeTooSmall, DiagnosticDescriptors.SizeNotMultipleOfAlignment)
    {
    }

    private protected override Task<string?> TitleAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (FindTarget(root, diagnostic) is not { } target)
        {
            return Task.FromResult<string?>(null);
        }

        return Task.FromResult<string?>(diagnostic.Id == DiagnosticDescriptors.SizeNotMultipleOfAlignment.Id
            ? $"Round Size up to {target.Size}"
            : $"Set Size to {target.Size}");
    }

    // Several diagnostics can point at one Size (two fields past it, and a misalignment): each Size is written once, with the largest suggestion.
    private protected override Task<Document> RewriteAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var sizes = new Dictionary<ExpressionSyntax, int>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (FindTarget(root, diagnostic) is { } target)
            {
                sizes[target.Expression] = sizes.TryGetValue(target.Expression, out int existing) && existing > target.Size ? existing : target.Size;
            }
        }

        return Task.FromResult(WithNumbers(document, root, sizes));
    }

    private static (ExpressionSyntax Expression, int Size)? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (NumberProperty(diagnostic, ViolationDiagnostics.SuggestedSizeKey) is not { } size)
        {
            return null;
        }

        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return SizeArgument(node) is { } expression ? (expression, size) : null;
    }

    // The Size = N of the [MappedLayout] on the declaration that contains the diagnostic.
    private static ExpressionSyntax? SizeArgument(SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is { NameEquals.Name.Identifier.ValueText: AttributeNames.SizeArgument } direct)
        {
            return direct.Expression;
        }

        TypeDeclarationSyntax? declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        return declaration?.AttributeLists
            .SelectMany(list => list.Attributes)
            .Where(attribute => IsMappedLayoutName(attribute.Name.ToString()))
            .SelectMany(attribute => attribute.ArgumentList?.Arguments ?? default)
            .FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == AttributeNames.SizeArgument)
            ?.Expression;
    }

    // [MappedLayout], [MappedLayoutAttribute], [MappedStructs.MappedLayout], [global::MappedStructs.MappedLayout]...: the
    // written name ends with the attribute's type name, with or without its "Attribute" suffix.
    private static bool IsMappedLayoutName(string name)
        => name.EndsWith(s_mappedLayoutTypeName, System.StringComparison.Ordinal)
            || (name + "Attribute").EndsWith(s_mappedLayoutTypeName, System.StringComparison.Ordinal);
}
