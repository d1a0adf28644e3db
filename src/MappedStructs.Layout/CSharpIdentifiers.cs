using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Layout;

/// <summary>Writes names as C# identifiers: a keyword used as a name (<c>@class</c>) gets its <c>@</c> back.</summary>
internal static class CSharpIdentifiers
{
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.FieldKeyword
            ? "@" + name
            : name;

    /// <summary>Escapes each part of a dotted name (<c>A.@event.B</c>).</summary>
    public static string EscapeDotted(string dottedName) => string.Join(".", dottedName.Split('.').Select(Escape));
}
