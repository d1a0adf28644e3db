namespace MappedStructs.Layout;

/// <summary>What the engine knows about a field before placing it: its storage kind, size and alignment.</summary>
internal sealed record FieldSizing(
    ResolvedFieldKind Kind,
    int Size,
    int NaturalAlignment,
    string CatalogueName,
    int ElementSize,
    int ElementCount,
    ulong NestedFingerprint,
    int NestedAtomicAlignment = 0,
    bool NestedPerView = false);
