using MappedStructs;

namespace CopyOnWrite;

/// <summary>A 16-byte record: Id at 0 (int64), Balance at 8 (int64, in cents).</summary>
[MappedLayout]
public partial record struct Account
{
    /// <summary>The account number.</summary>
    public long Id { get; init; }

    /// <summary>The balance in cents.</summary>
    public long Balance { get; init; }
}
