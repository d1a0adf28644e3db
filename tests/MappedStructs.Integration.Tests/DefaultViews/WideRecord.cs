namespace MappedStructs.Integration.Tests.DefaultViews;

/// <summary>
/// A record wider than 64 KiB, so that <see cref="Far"/> lies past the null page area the runtime maps a fault in to a
/// <c>NullReferenceException</c>: reading it through a default view touches address 80,000.
/// </summary>
[MappedLayout]
public partial record struct WideRecord
{
    /// <summary>80,000 bytes that push <see cref="Far"/> past the first 64 KiB.</summary>
    [FixedArray(10_000)]
    public long[] Filler { get; init; }

    /// <summary>At offset 80,000.</summary>
    public long Far { get; init; }
}
