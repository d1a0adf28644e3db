using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// The value of a local declared with an initializer and never written again in its member, found on demand from the
/// syntax (for analyzers that look at one operation, not a whole method's <see cref="MethodFacts"/>). A shadowing local
/// of the same name counts as a write: it only makes the answer more cautious.
/// </summary>
internal static class SingleAssignment
{
    /// <summary>
    /// The operation of <paramref name="local"/>'s initializer, or null for a ref local or a local declared without one
    /// (so assigned later, or in a branch). Whether anything writes the local again is <see cref="IsWrittenAgain"/>, kept
    /// apart so that callers first check the value is one they follow (cheap) before scanning the member (not cheap).
    /// </summary>
    internal static IOperation? Initializer(ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
        => !local.IsRef && local.DeclaringSyntaxReferences.Length == 1
            && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var value }
                ? model.GetOperation(value, cancellationToken)
                : null;

    /// <summary>
    /// Whether anything in the member declaring <paramref name="local"/> writes it besides its initializer: an assignment,
    /// a <c>ref</c>/<c>out</c> argument or <c>ref</c> expression, an increment, or a deconstruction.
    /// </summary>
    internal static bool IsWrittenAgain(ILocalSymbol local, CancellationToken cancellationToken)
        => local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member
            || IsWrittenIn(member, local.Name);

    private static bool IsWrittenIn(SyntaxNode scope, string name)
    {
        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name && IsWritePosition(identifier))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWritePosition(IdentifierNameSyntax identifier)
        => identifier.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == identifier,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.Parent is TupleExpressionSyntax,
            RefExpressionSyntax => true,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            _ => false,
        };
}
