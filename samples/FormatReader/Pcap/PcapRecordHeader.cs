using MappedStructs;

namespace FormatReader.Pcap;

// The packet record header of draft-ietf-opsawg-pcap, section 5, in the file header's byte order (an intentional twin).

/// <summary>The 16-byte header before each packet, little-endian file.</summary>
[MappedLayout(Size = 16)]
public partial record struct PcapRecordHeaderLittle : IPcapRecordHeader
{
    [Field(0)] public uint TimestampSeconds { get; init; }

    // "Timestamp (Microseconds or nanoseconds)": the file header's magic says which.
    [Field(4)] public uint TimestampFraction { get; init; }
    [Field(8)] public uint CapturedPacketLength { get; init; }
    [Field(12)] public uint OriginalPacketLength { get; init; }
}

/// <summary>The 16-byte header before each packet, big-endian file.</summary>
[MappedLayout(Size = 16, Endian = Endianness.Big)]
public partial record struct PcapRecordHeaderBig : IPcapRecordHeader
{
    [Field(0)] public uint TimestampSeconds { get; init; }
    [Field(4)] public uint TimestampFraction { get; init; }
    [Field(8)] public uint CapturedPacketLength { get; init; }
    [Field(12)] public uint OriginalPacketLength { get; init; }
}

/// <summary>The fields of both byte orders' record headers, so that one reader serves both.</summary>
public interface IPcapRecordHeader
{
    uint TimestampSeconds { get; }

    uint TimestampFraction { get; }

    uint CapturedPacketLength { get; }

    uint OriginalPacketLength { get; }
}
