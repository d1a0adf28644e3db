using System;
using System.Text;
using MappedStructs;

namespace FormatReader.Pcap;

/// <summary>
/// Writes a small capture of IPv4/UDP packets over Ethernet in either byte order, through the same generated views the
/// reader uses: the packets and their times are the same in both orders, so both files must print the same lines.
/// </summary>
internal static class PcapWriter
{
    /// <summary>The start of the capture: 2026-01-02 03:04:05.000250 UTC.</summary>
    private const uint FirstSecond = 1_767_323_045;
    private const uint FirstMicrosecond = 250;
    private const uint SnapLen = 262_144;
    private const int PayloadBytes = 12;
    private const int PacketBytes = EthernetHeader.Size + Ipv4Header.Size + UdpHeader.Size + PayloadBytes;

    /// <summary>Writes <paramref name="packets"/> packets to <paramref name="path"/>, big-endian headers when <paramref name="bigEndian"/>.</summary>
    public static void Write(string path, int packets, bool bigEndian)
    {
        int recordBytes = PcapRecordHeader.Size + PacketBytes;
        using var file = MappedFile.Create(path, PcapFileHeader.Size + ((long)packets * recordBytes));
        using MappedView view = file.CreateView();
        Endianness byteOrder = bigEndian ? Endianness.Big : Endianness.Little;
        PcapFileHeader.Ref.From(view, 0, byteOrder).Store(new PcapFileHeader
        {
            MagicNumber = PcapReader.MicrosecondMagic,
            MajorVersion = 2,
            MinorVersion = 4,
            SnapLen = SnapLen,
            LinkType = PcapReader.LinkTypeEthernet,
        });
        for (int i = 0; i < packets; i++)
        {
            long offset = PcapFileHeader.Size + ((long)i * recordBytes);
            uint microseconds = FirstMicrosecond + (uint)(i * 125_000);
            PcapRecordHeader.Ref.From(view, offset, byteOrder).Store(new PcapRecordHeader
            {
                TimestampSeconds = FirstSecond + (microseconds / 1_000_000),
                TimestampFraction = microseconds % 1_000_000,
                CapturedPacketLength = PacketBytes,
                OriginalPacketLength = PacketBytes,
            });
            WritePacket(view, offset + PcapRecordHeader.Size, i);
        }

        file.Flush();
    }

    private static void WritePacket(MappedView view, long offset, int index)
    {
        var ethernet = EthernetHeader.Ref.From(view, offset);
        ((ReadOnlySpan<byte>)[0x02, 0, 0, 0, 0, 0x02]).CopyTo(ethernet.DestinationAddress);
        ((ReadOnlySpan<byte>)[0x02, 0, 0, 0, 0, 0x01]).CopyTo(ethernet.SourceAddress);
        ethernet.EtherType = 0x0800;

        long ipOffset = offset + EthernetHeader.Size;
        var ip = Ipv4Header.Ref.From(view, ipOffset);
        ip.Version = 4;
        ip.Ihl = Ipv4Header.Size / 4;
        ip.TotalLength = Ipv4Header.Size + UdpHeader.Size + PayloadBytes;
        ip.Identification = (ushort)(index + 1);
        ip.Flags = 2; // don't fragment
        ip.TimeToLive = 64;
        ip.Protocol = 17;

        // Documentation addresses (RFC 5737) and dynamic ports, which tcpdump decodes as plain UDP.
        ((ReadOnlySpan<byte>)[192, 0, 2, (byte)(1 + (index % 3))]).CopyTo(ip.SourceAddress);
        ((ReadOnlySpan<byte>)[198, 51, 100, 7]).CopyTo(ip.DestinationAddress);
        ip.HeaderChecksum = Ipv4Checksum(view.GetReadOnlySpan(ipOffset, Ipv4Header.Size));

        var udp = UdpHeader.Ref.From(view, ipOffset + Ipv4Header.Size);
        udp.SourcePort = (ushort)(50_000 + index);
        udp.DestinationPort = 51_234;
        udp.Length = UdpHeader.Size + PayloadBytes;
        Span<byte> payload = view.GetSpan(ipOffset + Ipv4Header.Size + UdpHeader.Size, PayloadBytes);
        Encoding.ASCII.GetBytes($"packet {index,5}", payload);
    }

    // RFC 791: the ones' complement of the ones' complement sum of the header's 16-bit words, the checksum field counted as 0.
    private static ushort Ipv4Checksum(ReadOnlySpan<byte> header)
    {
        uint sum = 0;
        for (int i = 0; i < header.Length; i += 2)
        {
            sum += (uint)((header[i] << 8) | header[i + 1]);
        }

        while (sum > 0xFFFF)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (ushort)~sum;
    }
}
