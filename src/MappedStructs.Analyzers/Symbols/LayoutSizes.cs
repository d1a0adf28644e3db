using System.Collections.Concurrent;
using System.Threading;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Symbols;

/// <summary>
/// The size and alignment of each layout a compilation declares, computed once per layout and shared by every
/// access check of the compilation.
/// </summary>
internal sealed class LayoutSizes
{
    private readonly LayoutSymbols _symbols;
    private readonly ConcurrentDictionary<INamedTypeSymbol, (int Size, int Alignment, bool HasAtomic)> _cache = new(SymbolEqualityComparer.Default);

    internal LayoutSizes(LayoutSymbols symbols) => _symbols = symbols;

    /// <summary>The layout's size and alignment in bytes; false when the layout is invalid or its size unknown.</summary>
    /// <param name="layout">The layout type.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <param name="size">The record size.</param>
    /// <param name="alignment">The record alignment.</param>
    /// <param name="hasAtomic">
    /// Whether the record has an <c>[Atomic]</c> field, directly or inside a nested layout (so a misaligned record breaks atomicity).
    /// </param>
    internal bool TryGet(INamedTypeSymbol layout, CancellationToken cancellationToken, out int size, out int alignment, out bool hasAtomic)
    {
        (size, alignment, hasAtomic) = _cache.GetOrAdd(layout, type => Compute(type, cancellationToken));
        return size > 0;
    }

    // The layout engine decides, exactly as for the generator: an invalid layout has no size to check accesses against.
    private (int Size, int Alignment, bool HasAtomic) Compute(INamedTypeSymbol layout, CancellationToken cancellationToken)
    {
        if (!_symbols.IsLayout(layout))
        {
            return (0, 0, false);
        }

        ResolvedLayout resolved = LayoutSpecParser.ParseWithNested(layout, cancellationToken).Resolve();
        if (!resolved.IsValidForGeneration)
        {
            return (0, 0, false);
        }

        return (resolved.Size, resolved.Alignment, resolved.HasAtomics);
    }
}
