using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.CodeFixes;

/// <summary>
/// MAPS0009/MAPS0010: reorders a sequential layout's field properties, largest alignment first and the user's order
/// among equals, when that leaves less padding. Other members stay where they are. Changing the order changes the
/// binary layout (and its fingerprint), which is why this is a fix the user chooses, not a default.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReorderFieldsCodeFixProvider)), Shared]
public sealed class ReorderFieldsCodeFixProvider : DocumentRewriteCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public ReorderFieldsCodeFixProvider()
        : base("MappedStructs.ReorderFields", "Reorder the fields of each layout to remove padding", DiagnosticDescriptors.PaddingBetweenFields, DiagnosticDescriptors.PaddingAtEnd)
    {
    }

    private protected override async Task<string?> TitleAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return await LayoutDocument.FromNodeAsync(document, node, cancellationToken).ConfigureAwait(false) is { } layout
            && Plan(layout, cancellationToken) is not null
                ? "Reorder fields to remove padding"
                : null;
    }

    private protected override async Task<Document> RewriteAsync(
        Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // Many padding diagnostics can belong to one layout: each layout is reordered once.
        var plans = new Dictionary<TypeDeclarationSyntax, int[]>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            TypeDeclarationSyntax? declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (declaration is null || plans.ContainsKey(declaration)
                || await LayoutDocument.FromNodeAsync(document, declaration, cancellationToken).ConfigureAwait(false) is not { } layout
                || Plan(layout, cancellationToken) is not { } plan)
            {
                continue;
            }

            plans.Add(declaration, plan);
        }

        return plans.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(plans.Keys, (original, rewritten) => Apply(rewritten, plans[original])));
    }

    /// <summary>
    /// The new member order as member indexes (slot i receives member plan[i]), or null when the layout is not a
    /// sequential one declared in one place, or reordering would not reduce the padding.
    /// </summary>
    private static int[]? Plan(LayoutDocument layout, CancellationToken cancellationToken)
    {
        ResolvedLayout resolved = layout.Layout;
        if (resolved.Spec.HasExplicitOffsets || resolved.Fields.Count != resolved.Spec.Fields.Count || resolved.Fields.Count < 2)
        {
            return null;
        }

        SyntaxList<MemberDeclarationSyntax> members = layout.Declaration.Members;
        if (HasDirectivesBetweenMembers(layout.Declaration))
        {
            return null;   // an #if or #region would end up around other members than the ones it was written around
        }

        var slots = new List<int>();
        var fieldOfSlot = new List<ResolvedField>();
        foreach (ResolvedField? field in resolved.Fields.OrderBy(f => f.Index))
        {
            SyntaxNode? syntax = layout.Fields[field.Index].DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
            int memberIndex = syntax is PropertyDeclarationSyntax property ? members.IndexOf(property) : -1;
            if (memberIndex < 0)
            {
                return null;   // declared in another part, or as a positional parameter: leave it to the user
            }

            slots.Add(memberIndex);
            fieldOfSlot.Add(field);
        }

        // Stable: OrderByDescending keeps the declaration order among equal alignments.
        var sorted = Enumerable.Range(0, fieldOfSlot.Count).OrderByDescending(i => fieldOfSlot[i].Alignment).ToList();
        if (sorted.SequenceEqual(Enumerable.Range(0, fieldOfSlot.Count))
            || Padding(sorted.Select(i => fieldOfSlot[i])) >= Padding(fieldOfSlot))
        {
            return null;
        }

        int[] plan = Enumerable.Range(0, members.Count).ToArray();
        for (int i = 0; i < slots.Count; i++)
        {
            plan[slots[i]] = slots[sorted[i]];
        }

        return plan;
    }

    // The bytes a sequential layout of these fields wastes, between them and at the end (C rules, as the engine applies them).
    private static int Padding(IEnumerable<ResolvedField> fields)
    {
        int cursor = 0, padding = 0, alignment = 1;
        foreach (ResolvedField field in fields)
        {
            int offset = LayoutEngine.AlignUp(cursor, field.Alignment);
            padding += offset - cursor;
            cursor = offset + field.Size;
            alignment = field.Alignment > alignment ? field.Alignment : alignment;
        }

        return padding + LayoutEngine.AlignUp(cursor, alignment) - cursor;
    }

    private static bool HasDirectivesBetweenMembers(TypeDeclarationSyntax declaration)
        => declaration.Members.Any(member => member.GetLeadingTrivia().Any(IsDirectiveOrDisabledText) || member.ContainsDirectives)
            || declaration.CloseBraceToken.LeadingTrivia.Any(IsDirectiveOrDisabledText);

    private static bool IsDirectiveOrDisabledText(SyntaxTrivia trivia)
        => trivia.IsDirective || trivia.IsKind(SyntaxKind.DisabledTextTrivia);

    // A member takes its doc comment, comments and attributes along; the blank lines before it belong to its slot, so
    // that the first member still starts right after '{' and the blank lines between groups stay where they were.
    private static TypeDeclarationSyntax Apply(TypeDeclarationSyntax declaration, int[] plan)
    {
        SyntaxList<MemberDeclarationSyntax> members = declaration.Members;
        IEnumerable<MemberDeclarationSyntax> reordered = plan.Select((index, slot) =>
        {
            MemberDeclarationSyntax member = members[index];
            return member.WithLeadingTrivia(BlankLines(members[slot].GetLeadingTrivia()).Concat(OwnTrivia(member.GetLeadingTrivia())));
        });
        return declaration.WithMembers(SyntaxFactory.List(reordered));
    }

    // The leading trivia up to the last line break before the member's first comment or its indentation: blank lines.
    private static IEnumerable<SyntaxTrivia> BlankLines(SyntaxTriviaList leading) => leading.Take(OwnTriviaStart(leading));

    private static IEnumerable<SyntaxTrivia> OwnTrivia(SyntaxTriviaList leading) => leading.Skip(OwnTriviaStart(leading));

    private static int OwnTriviaStart(SyntaxTriviaList leading)
    {
        int start = 0;
        for (int i = 0; i < leading.Count && (leading[i].IsKind(SyntaxKind.WhitespaceTrivia) || leading[i].IsKind(SyntaxKind.EndOfLineTrivia)); i++)
        {
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                start = i + 1;
            }
        }

        return start;
    }
}
