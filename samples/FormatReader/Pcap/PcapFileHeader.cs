using MappedStructs;

namespace FormatReader.Pcap;

/// <summary>
/// The 24-byte pcap file header of draft-ietf-opsawg-pcap, section 4, in the writer's byte order: the Magic Number reads
/// 0xA1B2C3D4 (microsecond timestamps) or 0xA1B23C4D (nanosecond timestamps) in it, and every header after it uses it too.
/// </summary>
[MappedLayout(Size = 24, Endian = Endianness.PerView)]
public partial record struct PcapFileHeader
{
    [Field(0)] public uint MagicNumber { get; init; }
    [Field(4)] public ushort MajorVersion { get; init; }
    [Field(6)] public ushort MinorVersion { get; init; }
    [Field(8)] public uint Reserved1 { get; init; }
    [Field(12)] public uint Reserved2 { get; init; }
    [Field(16)] public uint SnapLen { get; init; }

    // "LinkType and additional information": FCS (3 bits), f (1 bit), 12 reserved bits, LinkType (16 bits), most significant first.
    [Field(20), Bits(29, 3, Container = typeof(uint))] public byte Fcs { get; init; }
    [Field(20), Bits(28, 1, Container = typeof(uint))] public bool FcsPresent { get; init; }
    [Field(20), Bits(0, 16, Container = typeof(uint))] public ushort LinkType { get; init; }
}
