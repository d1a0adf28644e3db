using System.Threading;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.Analyzers.Declarations;

/// <summary>
/// Where in the user's declaration a violation belongs: the attribute argument that states the wrong number, the
/// property that is the wrong field, or the type's name. Code fixes find their target at these locations.
/// </summary>
internal sealed class DeclarationLocations
{
    private readonly INamedTypeSymbol _type;
    private readonly AttributeData _layoutAttribute;
    private readonly CancellationToken _cancellationToken;

    internal DeclarationLocations(INamedTypeSymbol type, AttributeData layoutAttribute, CancellationToken cancellationToken)
    {
        _type = type;
        _layoutAttribute = layoutAttribute;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The identifier of the declaration that carries <c>[MappedLayout]</c>.</summary>
    internal Location TypeName()
    {
        if (_layoutAttribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken)
                .FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration)
        {
            return declaration.Identifier.GetLocation();
        }

        return _type.Locations.Length > 0 ? _type.Locations[0] : Location.None;
    }

    /// <summary>The identifier of the first declaration without <c>partial</c>.</summary>
    internal Location NonPartialDeclaration()
    {
        foreach (SyntaxReference reference in _type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is TypeDeclarationSyntax declaration
                && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration.Identifier.GetLocation();
            }
        }

        return TypeName();
    }

    /// <summary>The value of a named argument of <c>[MappedLayout]</c> (<c>Size = 40</c>), else the type's name.</summary>
    internal Location LayoutArgument(string name) => NamedArgument(_layoutAttribute, name) ?? TypeName();

    /// <summary>The identifier of field <paramref name="property"/>.</summary>
    internal static Location Property(IPropertySymbol property)
        => property.Locations.Length > 0 ? property.Locations[0] : Location.None;

    /// <summary>
    /// The first argument of the attribute <paramref name="attributeName"/> on <paramref name="property"/> (the <c>12</c> in
    /// <c>[Field(12)]</c>), the attribute itself when it has no argument, or the property when it lacks the attribute.
    /// </summary>
    internal Location PropertyAttribute(IPropertySymbol property, string attributeName, bool argument)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != attributeName
                || attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) is not AttributeSyntax syntax)
            {
                continue;
            }

            return argument && syntax.ArgumentList is { Arguments.Count: > 0 } list
                ? list.Arguments[0].Expression.GetLocation()
                : syntax.GetLocation();
        }

        return Property(property);
    }

    /// <summary>
    /// The value of the named argument <paramref name="argumentName"/> of the attribute <paramref name="attributeName"/> on
    /// <paramref name="property"/> (the <c>'é'</c> in <c>[Utf8(8, Padding = 'é')]</c>), else where <see cref="PropertyAttribute"/> points.
    /// </summary>
    internal Location PropertyAttributeNamedArgument(IPropertySymbol property, string attributeName, string argumentName)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == attributeName && NamedArgument(attribute, argumentName) is { } location)
            {
                return location;
            }
        }

        return PropertyAttribute(property, attributeName, argument: false);
    }

    private Location? NamedArgument(AttributeData attribute, string name)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) is AttributeSyntax { ArgumentList: { } arguments })
        {
            foreach (AttributeArgumentSyntax argument in arguments.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.Expression.GetLocation();
                }
            }
        }

        return null;
    }

    /// <summary>The identifier of the user member named <paramref name="name"/> (not one the generator added).</summary>
    internal Location Member(string name)
    {
        foreach (ISymbol member in _type.GetMembers(name))
        {
            if (!member.IsImplicitlyDeclared && !LayoutSpecParser.IsGeneratedMember(member) && member.Locations.Length > 0 && member.Locations[0].IsInSource)
            {
                return member.Locations[0];
            }
        }

        return TypeName();
    }
}
