using MappedStructs;

namespace FormatReader.Pcap;

/// <summary>The 16-byte header before each packet (draft-ietf-opsawg-pcap, section 5), in the file header's byte order.</summary>
[MappedLayout(Size = 16, Endian = Endianness.PerView)]
public partial record struct PcapRecordHeader
{
    [Field(0)] public uint TimestampSeconds { get; init; }

    // "Timestamp (Microseconds or nanoseconds)": the file header's magic says which.
    [Field(4)] public uint TimestampFraction { get; init; }
    [Field(8)] public uint CapturedPacketLength { get; init; }
    [Field(12)] public uint OriginalPacketLength { get; init; }
}
