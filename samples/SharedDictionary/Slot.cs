using MappedStructs;

namespace SharedDictionary;

/// <summary>
/// One slot of the shared hash table, 64 bytes (one cache line): State 0 (atomic int32: empty, claimed, ready),
/// KeyHash 4 (uint32), Value 8 (atomic int64), Key 16..63 (utf8[48]). The generator emits <c>Slot.Ref</c> with a volatile
/// <c>State</c> property, <c>CompareExchangeState</c>, and <c>AddValue</c>/<c>ExchangeValue</c>, which work across
/// processes because they operate on the shared page itself.
/// </summary>
[MappedLayout(Size = 64)]
public partial record struct Slot
{
    /// <summary>No key yet; ends every probe sequence (keys are never removed).</summary>
    public const int Empty = 0;

    /// <summary>A process won the compare-exchange on State and is writing the key.</summary>
    public const int Claimed = 1;

    /// <summary>Key and hash are written and will not change; Value may still change atomically.</summary>
    public const int Ready = 2;

    /// <summary>The longest key, in UTF-8 bytes.</summary>
    public const int MaxKeyBytes = 48;

    /// <summary>Empty, Claimed or Ready; changes only by compare-exchange (claim) and volatile write (publish).</summary>
    [Atomic]
    public int State { get; init; }

    /// <summary>FNV-1a of the key's UTF-8 bytes, compared before the key itself.</summary>
    public uint KeyHash { get; init; }

    /// <summary>The value, changed only through interlocked operations.</summary>
    [Atomic]
    public long Value { get; init; }

    /// <summary>The key, NUL-padded UTF-8.</summary>
    [Utf8(MaxKeyBytes)]
    public string Key { get; init; }
}
