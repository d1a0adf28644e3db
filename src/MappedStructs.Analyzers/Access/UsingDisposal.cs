using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// A local disposed by the end of a <c>using</c> scope: the block holding its <c>using var</c> declaration, or the
/// <c>using (...)</c> statement that declares or names it.
/// </summary>
/// <param name="Local">The disposed local.</param>
/// <param name="Scope">The syntax whose end disposes the local.</param>
internal readonly record struct UsingDisposal(ILocalSymbol Local, SyntaxNode Scope)
{
    /// <summary>The 1-based line of the scope's last token (the closing brace of a block), where the dispose runs.</summary>
    internal int Line => Scope.GetLastToken().GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
