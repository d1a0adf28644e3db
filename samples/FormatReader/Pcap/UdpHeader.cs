using MappedStructs;

namespace FormatReader.Pcap;

/// <summary>The UDP header (RFC 768), network byte order; Length counts this header and the data.</summary>
[MappedLayout(Size = 8, Endian = Endianness.Big)]
public partial record struct UdpHeader
{
    [Field(0)] public ushort SourcePort { get; init; }
    [Field(2)] public ushort DestinationPort { get; init; }
    [Field(4)] public ushort Length { get; init; }
    [Field(6)] public ushort Checksum { get; init; }
}
