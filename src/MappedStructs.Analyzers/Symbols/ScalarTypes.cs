using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Symbols;

/// <summary>
/// The size and natural alignment of the unmanaged types that view accesses (<c>Read&lt;T&gt;</c>, <c>GetRef&lt;T&gt;</c>)
/// are checked for. Types whose size or alignment depends on the platform (nint, decimal) or on a struct's layout are
/// not listed: the analyzers stay silent rather than guess.
/// </summary>
internal static class ScalarTypes
{
    /// <summary>Gets the size and alignment of <paramref name="type"/> in bytes, when they are the same on every platform.</summary>
    internal static bool TryGetSizeAndAlignment(ITypeSymbol type, out int size, out int alignment)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            type = underlying;
        }

        (size, alignment) = type.SpecialType switch
        {
            SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte => (1, 1),
            SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Char => (2, 2),
            SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single => (4, 4),
            SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double or SpecialType.System_DateTime => (8, 8),
            _ => FromName(type),
        };
        return size > 0;
    }

    private static (int Size, int Alignment) FromName(ITypeSymbol type)
    {
        if (type.ContainingNamespace is not { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
        {
            return (0, 0);
        }

        return type.MetadataName switch
        {
            "Half" => (2, 2),
            "TimeSpan" => (8, 8),
            "Guid" => (16, 4),
            "Int128" or "UInt128" => (16, 16),
            _ => (0, 0),
        };
    }
}
