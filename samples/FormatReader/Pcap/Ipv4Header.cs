using MappedStructs;

namespace FormatReader.Pcap;

/// <summary>The fixed 20 bytes of an IPv4 header (RFC 791, section 3.1), network byte order; options follow when IHL exceeds 5.</summary>
[MappedLayout(Size = 20, Endian = Endianness.Big)]
public partial record struct Ipv4Header
{
    [Field(0), Bits(4, 4)] public byte Version { get; init; }

    // Internet Header Length, in 32-bit words.
    [Field(0), Bits(0, 4)] public byte Ihl { get; init; }
    [Field(1)] public byte TypeOfService { get; init; }
    [Field(2)] public ushort TotalLength { get; init; }
    [Field(4)] public ushort Identification { get; init; }
    [Field(6), Bits(13, 3, Container = typeof(ushort))] public byte Flags { get; init; }
    [Field(6), Bits(0, 13, Container = typeof(ushort))] public ushort FragmentOffset { get; init; }
    [Field(8)] public byte TimeToLive { get; init; }
    [Field(9)] public byte Protocol { get; init; }
    [Field(10)] public ushort HeaderChecksum { get; init; }
    [Field(12), FixedArray(4)] public byte[] SourceAddress { get; init; }
    [Field(16), FixedArray(4)] public byte[] DestinationAddress { get; init; }
}
