using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Symbols;

/// <summary>
/// The runtime types that access analysis recognises, resolved once per compilation. Their metadata names are written
/// here and nowhere else: the engine and the generator never look these types up.
/// </summary>
internal sealed class AccessSymbols
{
    private AccessSymbols(Compilation compilation, LayoutSymbols layouts, INamedTypeSymbol mappedView)
    {
        Layouts = layouts;
        MappedView = mappedView;
        MappedFile = compilation.GetTypeByMetadataName("MappedStructs.MappedFile");
        MappedTable = compilation.GetTypeByMetadataName("MappedStructs.MappedTable`1");
        ReadOnlyMappedTable = compilation.GetTypeByMetadataName("MappedStructs.ReadOnlyMappedTable`1");
        Interlocked = compilation.GetTypeByMetadataName("System.Threading.Interlocked");
        Volatile = compilation.GetTypeByMetadataName("System.Threading.Volatile");
    }

    internal LayoutSymbols Layouts { get; }

    internal INamedTypeSymbol MappedView { get; }

    internal INamedTypeSymbol? MappedFile { get; }

    internal INamedTypeSymbol? MappedTable { get; }

    internal INamedTypeSymbol? ReadOnlyMappedTable { get; }

    internal INamedTypeSymbol? Interlocked { get; }

    internal INamedTypeSymbol? Volatile { get; }

    /// <summary>The symbols, or null when the compilation does not reference the MappedStructs runtime (no <c>MappedView</c>).</summary>
    internal static AccessSymbols? TryCreate(Compilation compilation, LayoutSymbols layouts)
        => compilation.GetTypeByMetadataName("MappedStructs.MappedView") is { } mappedView
            ? new AccessSymbols(compilation, layouts, mappedView)
            : null;

    internal bool IsView(ITypeSymbol? type) => Is(type, MappedView);

    internal bool IsFile(ITypeSymbol? type) => Is(type, MappedFile);

    /// <summary>Whether <paramref name="type"/> is a <c>MappedTable&lt;T&gt;</c> or a <c>ReadOnlyMappedTable&lt;T&gt;</c>.</summary>
    internal bool IsTable(ITypeSymbol? type) => Is(type, MappedTable) || Is(type, ReadOnlyMappedTable);

    /// <summary>
    /// Whether disposing a value of <paramref name="type"/> unmaps memory that spans, refs and records taken from it point into.
    /// </summary>
    internal bool OwnsMapping(ITypeSymbol? type) => IsFile(type) || IsView(type) || IsTable(type);

    /// <summary>Whether <paramref name="method"/> is declared by <c>Interlocked</c> or <c>Volatile</c>.</summary>
    internal bool IsAtomicOperation(IMethodSymbol method)
        => Is(method.ContainingType, Interlocked) || Is(method.ContainingType, Volatile);

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}
