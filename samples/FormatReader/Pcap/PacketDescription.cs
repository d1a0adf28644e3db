using System.Globalization;
using MappedStructs;

namespace FormatReader.Pcap;

/// <summary>
/// Describes one captured Ethernet frame as tcpdump's default line does. Every header is viewed only after the captured
/// length has been checked to hold it; a packet too short for a header it announces ends with tcpdump's <c>[|proto]</c>.
/// </summary>
internal static class PacketDescription
{
    private const ushort EtherTypeIpv4 = 0x0800;
    private const byte ProtocolUdp = 17;

    /// <summary>The description of the <paramref name="captured"/> bytes at <paramref name="offset"/> of <paramref name="view"/>.</summary>
    public static string OfEthernetFrame(MappedView view, long offset, int captured, uint original)
    {
        if (captured < EthernetHeader.Size)
        {
            return "[|ether]";
        }

        var ethernet = EthernetHeader.ReadOnlyRef.From(view, offset);
        if (ethernet.EtherType != EtherTypeIpv4)
        {
            return string.Create(CultureInfo.InvariantCulture, $"ethertype 0x{ethernet.EtherType:x4}, length {original}");
        }

        return OfIpv4(view, offset + EthernetHeader.Size, captured - EthernetHeader.Size);
    }

    private static string OfIpv4(MappedView view, long offset, int captured)
    {
        if (captured < Ipv4Header.Size)
        {
            return "IP [|ip]";
        }

        var ip = Ipv4Header.ReadOnlyRef.From(view, offset);
        int headerLength = ip.Ihl * 4;
        if (ip.Version != 4)
        {
            return string.Create(CultureInfo.InvariantCulture, $"IP{ip.Version} bad-version");
        }

        if (headerLength < Ipv4Header.Size)
        {
            return string.Create(CultureInfo.InvariantCulture, $"IP bad-hlen {headerLength}");
        }

        string source = Address(ip.SourceAddress);
        string destination = Address(ip.DestinationAddress);
        if (ip.Protocol != ProtocolUdp || ip.FragmentOffset != 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"IP {source} > {destination}: ip-proto-{ip.Protocol} {ip.TotalLength - headerLength}");
        }

        if (captured < headerLength + UdpHeader.Size)
        {
            return $"IP {source} > {destination}: [|udp]";
        }

        var udp = UdpHeader.ReadOnlyRef.From(view, offset + headerLength);
        string ports = string.Create(CultureInfo.InvariantCulture, $"IP {source}.{udp.SourcePort} > {destination}.{udp.DestinationPort}:");
        return udp.Length < UdpHeader.Size
            ? string.Create(CultureInfo.InvariantCulture, $"{ports} truncated-udplength {udp.Length}")
            : string.Create(CultureInfo.InvariantCulture, $"{ports} UDP, length {udp.Length - UdpHeader.Size}");
    }

    private static string Address(System.ReadOnlySpan<byte> bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes[0]}.{bytes[1]}.{bytes[2]}.{bytes[3]}");
}
