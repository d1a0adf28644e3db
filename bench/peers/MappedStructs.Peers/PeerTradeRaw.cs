using System.Runtime.InteropServices;

namespace MappedStructs.Peers;

/// <summary>The same 32 bytes as <see cref="PeerTrade"/>, hand-written for the raw-pointer contender.</summary>
[StructLayout(LayoutKind.Explicit, Size = PeerTrade.Size)]
internal struct PeerTradeRaw
{
    /// <summary>See <see cref="PeerTrade.Id"/>.</summary>
    [FieldOffset(0)] public long Id;

    /// <summary>See <see cref="PeerTrade.Price"/>.</summary>
    [FieldOffset(PeerTrade.PriceOffset)] public double Price;

    /// <summary>See <see cref="PeerTrade.Quantity"/>.</summary>
    [FieldOffset(PeerTrade.QuantityOffset)] public long Quantity;
}
