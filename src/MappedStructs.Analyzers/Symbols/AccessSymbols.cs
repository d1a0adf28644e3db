using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Symbols;

/// <summary>The runtime types that access analysis recognises, resolved once per compilation.</summary>
internal sealed class AccessSymbols
{
    private AccessSymbols(Compilation compilation, LayoutSymbols layouts)
    {
        Layouts = layouts;
        MappedView = compilation.GetTypeByMetadataName(WellKnownNames.MappedView);
        MappedFile = compilation.GetTypeByMetadataName(WellKnownNames.MappedFile);
        MapAccess = compilation.GetTypeByMetadataName(WellKnownNames.MapAccess);
        Interlocked = compilation.GetTypeByMetadataName(WellKnownNames.Interlocked);
        Volatile = compilation.GetTypeByMetadataName(WellKnownNames.Volatile);
    }

    internal LayoutSymbols Layouts { get; }

    internal INamedTypeSymbol? MappedView { get; }

    internal INamedTypeSymbol? MappedFile { get; }

    internal INamedTypeSymbol? MapAccess { get; }

    internal INamedTypeSymbol? Interlocked { get; }

    internal INamedTypeSymbol? Volatile { get; }

    /// <summary>The symbols, or null when the compilation does not reference the MappedStructs runtime (no <c>MappedView</c>).</summary>
    internal static AccessSymbols? TryCreate(Compilation compilation)
    {
        var layouts = LayoutSymbols.TryCreate(compilation);
        return layouts is null || compilation.GetTypeByMetadataName(WellKnownNames.MappedView) is null
            ? null
            : new AccessSymbols(compilation, layouts);
    }

    internal bool IsView(ITypeSymbol? type) => Is(type, MappedView);

    internal bool IsFile(ITypeSymbol? type) => Is(type, MappedFile);

    /// <summary>Whether <paramref name="method"/> is declared by <c>Interlocked</c> or <c>Volatile</c>.</summary>
    internal bool IsAtomicOperation(IMethodSymbol method)
        => Is(method.ContainingType, Interlocked) || Is(method.ContainingType, Volatile);

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}
