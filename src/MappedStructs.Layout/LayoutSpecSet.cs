using System;

namespace MappedStructs.Layout;

/// <summary>
/// A layout and every layout it nests (transitively), so that a model is self-contained and equatable: resolving it
/// needs nothing but itself.
/// </summary>
/// <param name="Root">The layout being generated or analyzed.</param>
/// <param name="Nested">Every layout reachable through nested fields, each once, without <paramref name="Root"/>.</param>
internal sealed record LayoutSpecSet(LayoutSpec Root, EquatableArray<LayoutSpec> Nested)
{
    /// <summary>Finds a layout of the set by <see cref="LayoutSpec.QualifiedName"/>.</summary>
    public LayoutSpec? Find(string qualifiedName)
    {
        if (string.Equals(Root.QualifiedName, qualifiedName, StringComparison.Ordinal))
        {
            return Root;
        }

        foreach (LayoutSpec spec in Nested)
        {
            if (string.Equals(spec.QualifiedName, qualifiedName, StringComparison.Ordinal))
            {
                return spec;
            }
        }

        return null;
    }

    /// <summary>Resolves the root layout with the <see cref="LayoutEngine"/>.</summary>
    public ResolvedLayout Resolve() => LayoutEngine.Resolve(Root, Find);
}
