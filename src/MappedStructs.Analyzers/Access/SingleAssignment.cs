using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// The value of a local declared with an initializer and never written again in its member, found on demand from the
/// syntax (for analyzers that look at one operation, not a whole method's <see cref="MethodFacts"/>).
/// </summary>
internal static class SingleAssignment
{
    /// <summary>
    /// The initializer's operation, or null when the local is a ref local, declared without an initializer (so assigned
    /// in a branch or later), or written anywhere else in the member (assigned, passed by <c>ref</c>/<c>out</c>, deconstructed into).
    /// </summary>
    internal static IOperation? InitialValue(ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
    {
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var value } declarator
            || declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member
            || IsWrittenIn(member, local.Name))
        {
            return null;
        }

        return model.GetOperation(value, cancellationToken);
    }

    // By name, not symbol: a shadowing local of the same name only makes the answer more cautious.
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
