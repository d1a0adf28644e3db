using MappedStructs.Layout;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Symbols;

/// <summary>Recognises layouts, the generated view types inside them, and the attributes on their properties.</summary>
internal sealed class LayoutSymbols
{
    private readonly INamedTypeSymbol _mappedLayoutAttribute;

    private LayoutSymbols(INamedTypeSymbol mappedLayoutAttribute) => _mappedLayoutAttribute = mappedLayoutAttribute;

    /// <summary>The symbols of <paramref name="compilation"/>, or null when it does not reference MappedStructs.</summary>
    internal static LayoutSymbols? TryCreate(Compilation compilation)
        => compilation.GetTypeByMetadataName(AttributeNames.MappedLayout) is { } layoutAttribute ? new LayoutSymbols(layoutAttribute) : null;

    /// <summary>Whether <paramref name="type"/> carries <c>[MappedLayout]</c>.</summary>
    internal bool IsLayout(ITypeSymbol? type) => type is not null && GetLayoutAttribute(type) is not null;

    /// <summary>The <c>[MappedLayout]</c> attribute of <paramref name="type"/>, if any.</summary>
    internal AttributeData? GetLayoutAttribute(ITypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _mappedLayoutAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>
    /// When <paramref name="type"/> is a generated <c>Ref</c> or <c>ReadOnlyRef</c>, the layout it views.
    /// </summary>
    internal INamedTypeSymbol? GetViewedLayout(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { ContainingType: { } layout } view && GeneratedNames.IsViewName(view.Name) && IsLayout(layout))
        {
            return layout;
        }

        return null;
    }

    /// <summary>
    /// When <paramref name="type"/> is a ref struct the generator emits into a layout to wrap its mapped bytes (<c>Ref</c>,
    /// <c>ReadOnlyRef</c>, or a fixed-array field's element view <c>&lt;Field&gt;Array</c> / <c>&lt;Field&gt;ReadOnlyArray</c>),
    /// the layout it is nested in.
    /// </summary>
    internal INamedTypeSymbol? GetAccessorLayout(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { IsRefLikeType: true, ContainingType: { } layout } accessor || !IsLayout(layout))
        {
            return null;
        }

        if (GeneratedNames.IsViewName(accessor.Name))
        {
            return layout;
        }

        // Element views are named after their field (GeneratedNames is the generator's own naming), and only fixed arrays get one.
        foreach (ISymbol member in layout.GetMembers())
        {
            if (member is IPropertySymbol property
                && (GeneratedNames.Matches(accessor.Name, GeneratedNames.ArrayView(property.Name)) || GeneratedNames.Matches(accessor.Name, GeneratedNames.ReadOnlyArrayView(property.Name)))
                && TryGetFixedArrayLength(property, out _))
            {
                return layout;
            }
        }

        return null;
    }

    /// <summary>The <c>[FixedArray(length)]</c> length of <paramref name="property"/>, as the parser reads it for the engine.</summary>
    internal static bool TryGetFixedArrayLength(IPropertySymbol property, out int length)
    {
        int? stated = LayoutSpecParser.ParseField(property).FixedArrayLength;
        length = stated ?? 0;
        return stated is not null;
    }

    /// <summary>The user's property named <paramref name="name"/> on <paramref name="layout"/>, if it has one.</summary>
    internal static IPropertySymbol? FindLayoutProperty(INamedTypeSymbol layout, string name)
    {
        foreach (ISymbol member in layout.GetMembers(name))
        {
            if (member is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }
}
