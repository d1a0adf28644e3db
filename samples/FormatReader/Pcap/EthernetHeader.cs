using MappedStructs;

namespace FormatReader.Pcap;

/// <summary>An Ethernet II frame header (IEEE 802.3, LINKTYPE_ETHERNET); EtherType in network byte order whatever the capture's.</summary>
[MappedLayout(Size = 14, Endian = Endianness.Big)]
public partial record struct EthernetHeader
{
    [Field(0), FixedArray(6)] public byte[] DestinationAddress { get; init; }
    [Field(6), FixedArray(6)] public byte[] SourceAddress { get; init; }
    [Field(12)] public ushort EtherType { get; init; }
}
