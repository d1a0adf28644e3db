using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Symbols;

/// <summary>
/// The size and alignment of each layout a compilation declares, computed once per layout and shared by every
/// access check of the compilation.
/// </summary>
internal sealed class LayoutSizes
{
    private readonly LayoutSymbols _symbols;
    private readonly ConcurrentDictionary<INamedTypeSymbol, (int Size, int Alignment)> _cache = new(SymbolEqualityComparer.Default);

    internal LayoutSizes(LayoutSymbols symbols) => _symbols = symbols;

    /// <summary>The layout's size and alignment in bytes; false when the layout is invalid or its size unknown.</summary>
    internal bool TryGet(INamedTypeSymbol layout, out int size, out int alignment)
    {
        (size, alignment) = _cache.GetOrAdd(layout, Compute);
        return size > 0;
    }

    private (int Size, int Alignment) Compute(INamedTypeSymbol layout)
    {
        var attribute = _symbols.GetLayoutAttribute(layout);
        if (attribute is null)
        {
            return (0, 0);
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Size" && argument.Value.Value is int size && size > 0)
            {
                return (size, 1);
            }
        }

        return (0, 0);
    }
}
