using Microsoft.CodeAnalysis;

namespace MappedStructs.Layout;

/// <summary>
/// Finds a type symbol's row in the <see cref="TypeCatalogue"/>: the parser classifies fields with it, and the analyzers
/// take an access's size and alignment from it, so both agree on every scalar.
/// </summary>
internal static class CatalogueSymbols
{
    /// <summary>The catalogue row of <paramref name="type"/> (an enum's is its underlying integer's), or null when it has none.</summary>
    public static ScalarInfo? Find(ITypeSymbol type)
    {
        ITypeSymbol stored = type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying } ? underlying : type;
        return stored is INamedTypeSymbol named && TypeCatalogue.TryGetByMetadataName(MetadataName(named), out ScalarType scalar)
            ? TypeCatalogue.Get(scalar)
            : null;
    }

    private static string MetadataName(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns && type.ContainingType is null
            ? ns.ToDisplayString() + "." + type.MetadataName
            : type.MetadataName;
}
