// Three versions of one layout, as three releases of an application would declare it, and two declarations that break
// it. The type names are the same in each namespace: a table file records the layout's fields, not its C# name.
namespace MappedStructs.Integration.Tests.Versions.V1
{
    /// <summary>Version 1: what the committed fixtures were written with (never change it).</summary>
    [MappedLayout(Size = 24)]
    public partial record struct Quote
    {
        [Field(0)] public long Id { get; init; }
        [Field(8)] public double Px { get; init; }
        [Field(16)] public int Quantity { get; init; }
        [Field(20)] public int Legacy { get; init; }
    }
}

namespace MappedStructs.Integration.Tests.Versions.V2
{
    /// <summary>Version 2: adds <c>VenueId</c> after the version-1 record, read as 7 from older records.</summary>
    [MappedLayout(Size = 32, Version = 2)]
    public partial record struct Quote
    {
        [Field(0)] public long Id { get; init; }
        [Field(8)] public double Px { get; init; }
        [Field(16)] public int Quantity { get; init; }
        [Field(20)] public int Legacy { get; init; }
        [Field(24, Since = 2, Default = 7L)] public long VenueId { get; init; }
    }
}

namespace MappedStructs.Integration.Tests.Versions.V3
{
    /// <summary>Version 3: renames <c>Px</c> to <c>Price</c>, deprecates <c>Legacy</c> (read as -1) and adds an atomic <c>Sequence</c>.</summary>
    [MappedLayout(Size = 40, Version = 3)]
    public partial record struct Quote
    {
        [Field(0)] public long Id { get; init; }
        [Field(8), FormerName("Px")] public double Price { get; init; }
        [Field(16)] public int Quantity { get; init; }
        [Field(20, Deprecated = 3, Default = -1)] public int Legacy { get; init; }
        [Field(24, Since = 2, Default = 7L)] public long VenueId { get; init; }
        [Field(32, Since = 3), Atomic] public long Sequence { get; init; }
    }
}

namespace MappedStructs.Integration.Tests.Versions.Broken
{
    /// <summary>A version 2 that changes <c>Quantity</c>'s type: TypeChanged.</summary>
    [MappedLayout(Size = 32, Version = 2)]
    public partial record struct QuantityRetyped
    {
        [Field(0)] public long Id { get; init; }
        [Field(8)] public double Px { get; init; }
        [Field(16)] public float Quantity { get; init; }
        [Field(20)] public int Legacy { get; init; }
        [Field(24, Since = 2)] public long VenueId { get; init; }
    }

    /// <summary>A version 2 that drops <c>Legacy</c> instead of deprecating it: FieldRemoved.</summary>
    [MappedLayout(Size = 32, Version = 2)]
    public partial record struct LegacyRemoved
    {
        [Field(0)] public long Id { get; init; }
        [Field(8)] public double Px { get; init; }
        [Field(16)] public int Quantity { get; init; }
        [Field(24, Since = 2)] public long VenueId { get; init; }
    }

    /// <summary>A version 2 that moves <c>Px</c>: OffsetChanged (and the bytes it leaves are reused by nothing).</summary>
    [MappedLayout(Size = 32, Version = 2)]
    public partial record struct PxMoved
    {
        [Field(0)] public long Id { get; init; }
        [Field(24)] public double Px { get; init; }
        [Field(16)] public int Quantity { get; init; }
        [Field(20)] public int Legacy { get; init; }
    }
}

namespace MappedStructs.Integration.Tests.Versions.Padded
{
    /// <summary>A version 2 that only grows the record (trailing padding): no field reads a default, so its views need whole 32-byte records.</summary>
    [MappedLayout(Size = 32, Version = 2)]
    public partial record struct Quote
    {
        [Field(0)] public long Id { get; init; }
        [Field(8)] public double Px { get; init; }
        [Field(16)] public int Quantity { get; init; }
        [Field(20)] public int Legacy { get; init; }
    }
}
