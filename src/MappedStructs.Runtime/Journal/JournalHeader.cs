using System;
using System.Buffers.Binary;

namespace MappedStructs;

/// <summary>
/// What the headers of <c>journal.meta</c> and of a cycle file share: the magic at 0, the version at 8, the header size at
/// 12, and an FNV-1a 64 checksum of the bytes before it, checked in that order so a foreign file is named as such.
/// </summary>
internal static class JournalHeader
{
    /// <summary>Writes the magic, version and header size; <see cref="Seal"/> then stores the checksum.</summary>
    public static void Begin(Span<byte> header, ulong magic)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(header, magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], JournalFormat.Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], JournalFormat.HeaderSize);
    }

    public static void Seal(Span<byte> header, int checksumOffset) =>
        BinaryPrimitives.WriteUInt64LittleEndian(header[checksumOffset..], Fnv1a64.Append(Fnv1a64.Basis, header[..checksumOffset]));

    /// <summary>Throws <see cref="InvalidJournalFileException"/> for a wrong magic, a bad checksum, or another version or header size.</summary>
    public static void Check(string path, ReadOnlySpan<byte> header, ulong magic, string magicText, int checksumOffset)
    {
        if (BinaryPrimitives.ReadUInt64LittleEndian(header) != magic)
        {
            throw new InvalidJournalFileException(path, $"it does not start with the magic '{magicText}'.");
        }

        ulong stored = BinaryPrimitives.ReadUInt64LittleEndian(header[checksumOffset..]);
        if (Fnv1a64.Append(Fnv1a64.Basis, header[..checksumOffset]) != stored)
        {
            throw new InvalidJournalFileException(path, "its header checksum does not match: the header is corrupted.");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        int headerSize = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        if (version != JournalFormat.Version || headerSize != JournalFormat.HeaderSize)
        {
            throw new InvalidJournalFileException(path, $"its format version {version} (header size {headerSize}) is not the version {JournalFormat.Version} this runtime reads.");
        }
    }
}
