using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using MappedStructs;

namespace FormatReader.Pcap;

/// <summary>
/// Prints a pcap capture as <c>tcpdump -n -r</c> does (times of day in UTC): one line per packet, with addresses, ports and
/// length for IPv4/UDP over Ethernet. The magic number decides the byte order of every header after it.
/// </summary>
internal static class PcapReader
{
    public const uint MicrosecondMagic = 0xA1B2C3D4;
    public const uint NanosecondMagic = 0xA1B23C4D;
    public const ushort LinkTypeEthernet = 1;

    // libpcap refuses a record longer than this (MAXIMUM_SNAPLEN): a larger length is damage, not a packet.
    private const uint MaximumCapturedLength = 262_144;

    /// <summary>Prints every packet of the capture at <paramref name="path"/>; returns how many it printed.</summary>
    public static int Print(string path, TextWriter output)
    {
        using MappedFile file = MappedInput.Open(path, PcapFileHeader.Size, "a pcap file header");
        using MappedView view = file.CreateView();
        Endianness byteOrder = ByteOrderOf(path, PcapFileHeader.ReadOnlyRef.From(view, 0, Endianness.Little).MagicNumber);
        var header = PcapFileHeader.ReadOnlyRef.From(view, 0, byteOrder);
        bool nanoseconds = header.MagicNumber == NanosecondMagic;
        output.WriteLine(
            $"reading from file {path}, link-type {LinkTypeName(header.LinkType)}, snapshot length {header.SnapLen} " +
            $"(pcap {header.MajorVersion}.{header.MinorVersion}, {(byteOrder == Endianness.Big ? "big" : "little")}-endian, {(nanoseconds ? "nanosecond" : "microsecond")} timestamps)");

        long offset = PcapFileHeader.Size;
        int packets = 0;
        while (offset < view.Length)
        {
            if (view.Length - offset < PcapRecordHeader.Size)
            {
                throw MalformedFileException.In(path, $"truncated record header at offset {offset}: {view.Length - offset} of {PcapRecordHeader.Size} bytes");
            }

            var record = PcapRecordHeader.ReadOnlyRef.From(view, offset, byteOrder);
            long packetOffset = offset + PcapRecordHeader.Size;
            uint captured = record.CapturedPacketLength;
            if (captured > MaximumCapturedLength)
            {
                throw MalformedFileException.In(path, $"record at offset {offset} claims {captured} captured bytes, more than any capture holds ({MaximumCapturedLength})");
            }

            if (captured > view.Length - packetOffset)
            {
                throw MalformedFileException.In(path, $"truncated packet at offset {packetOffset}: the record claims {captured} bytes, the file has {view.Length - packetOffset}");
            }

            uint microseconds = nanoseconds ? record.TimestampFraction / 1000 : record.TimestampFraction;
            string packet = header.LinkType == LinkTypeEthernet
                ? PacketDescription.OfEthernetFrame(view, packetOffset, (int)captured, record.OriginalPacketLength)
                : $"link-type {header.LinkType}, length {record.OriginalPacketLength}";
            output.WriteLine($"{TimeOfDay(record.TimestampSeconds, microseconds)} {packet}");
            offset = packetOffset + captured;
            packets++;
        }

        return packets;
    }

    // The magic number, read little-endian, is itself when the writer was little-endian and byte-swapped when it was big-endian.
    private static Endianness ByteOrderOf(string path, uint magic)
    {
        if (magic is MicrosecondMagic or NanosecondMagic)
        {
            return Endianness.Little;
        }

        if (BinaryPrimitives.ReverseEndianness(magic) is MicrosecondMagic or NanosecondMagic)
        {
            return Endianness.Big;
        }

        throw MalformedFileException.In(path, $"not a pcap file: the magic number is 0x{magic:x8}, not a1b2c3d4 or a1b23c4d in either byte order");
    }

    private static string TimeOfDay(uint seconds, uint microseconds)
    {
        // tcpdump shows the time of day; a fraction of a second or more is carried into the seconds, as it does.
        long totalMicroseconds = (seconds * 1_000_000L) + microseconds;
        DateTime time = DateTime.UnixEpoch.AddTicks(totalMicroseconds * 10);
        return time.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
    }

    private static string LinkTypeName(ushort linkType) => linkType == LinkTypeEthernet ? "EN10MB (Ethernet)" : $"{linkType}";
}
