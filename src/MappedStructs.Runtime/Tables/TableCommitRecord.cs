using System;
using System.Buffers.Binary;

namespace MappedStructs;

/// <summary>
/// One of the two commit records of a version 2 table header (see docs/tables.md, "Crash safety: the commit protocol"):
/// a durable count, written and synced only after the records it covers were synced. Record <c>Sequence mod 2</c> is
/// overwritten by each commit, so the other one always holds the previous commit intact; the newest valid one wins.
/// </summary>
/// <param name="Sequence">Increases by one per commit; compared with wrap-around (serial number arithmetic).</param>
/// <param name="Count">Records [0, Count) were durable before this record was written.</param>
/// <param name="WriterActive">Whether a writer was appending when it wrote this record (cleared by its final commit on dispose).</param>
internal readonly record struct TableCommitRecord(ulong Sequence, long Count, bool WriterActive)
{
    /// <summary>The offset in the header of the record that holds <paramref name="sequence"/>: its own sector at the header's end.</summary>
    public static int SlotOffset(int headerSize, ulong sequence) =>
        headerSize - TableFormat.CommitAreaLength + ((int)(sequence & 1) * TableFormat.SectorSize);

    /// <summary>Whether <paramref name="sequence"/> comes after <paramref name="other"/>, across the 64-bit wrap.</summary>
    public static bool IsNewer(ulong sequence, ulong other) => (long)(sequence - other) > 0;

    /// <summary>The record after this one: the next sequence, so it goes to the other slot.</summary>
    public TableCommitRecord Next(long count, bool writerActive) => new(Sequence + 1, count, writerActive);

    /// <summary>Writes this record into its slot of <paramref name="header"/> (the whole header, <paramref name="headerSize"/> bytes).</summary>
    public void WriteTo(Span<byte> header, int headerSize)
    {
        Span<byte> slot = header.Slice(SlotOffset(headerSize, Sequence), TableFormat.CommitRecordLength);
        BinaryPrimitives.WriteUInt64LittleEndian(slot[TableFormat.CommitSequenceOffset..], Sequence);
        BinaryPrimitives.WriteInt64LittleEndian(slot[TableFormat.CommitCountOffset..], Count);
        BinaryPrimitives.WriteUInt64LittleEndian(slot[TableFormat.CommitFlagsOffset..], WriterActive ? TableFormat.CommitFlagWriterActive : 0);
        BinaryPrimitives.WriteUInt64LittleEndian(slot[TableFormat.CommitChecksumOffset..], Checksum(slot));
    }

    /// <summary>
    /// The newest valid record of <paramref name="header"/>, or null when neither is valid. A record is valid when its
    /// checksum matches, its flags are known, and its sequence's parity names the slot it is in (so a record copied to
    /// the wrong slot is refused too). Counts are not checked here; the caller validates them against the capacity.
    /// </summary>
    public static TableCommitRecord? ReadNewest(ReadOnlySpan<byte> header, int headerSize)
    {
        TableCommitRecord? first = TryRead(header, headerSize, 0);
        TableCommitRecord? second = TryRead(header, headerSize, 1);
        if (first is null || second is null)
        {
            return first ?? second;
        }

        return IsNewer(second.Value.Sequence, first.Value.Sequence) ? second : first;
    }

    private static TableCommitRecord? TryRead(ReadOnlySpan<byte> header, int headerSize, int slotIndex)
    {
        ReadOnlySpan<byte> slot = header.Slice(SlotOffset(headerSize, (ulong)slotIndex), TableFormat.CommitRecordLength);
        ulong sequence = BinaryPrimitives.ReadUInt64LittleEndian(slot[TableFormat.CommitSequenceOffset..]);
        ulong flags = BinaryPrimitives.ReadUInt64LittleEndian(slot[TableFormat.CommitFlagsOffset..]);
        ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(slot[TableFormat.CommitChecksumOffset..]);
        if (checksum != Checksum(slot) || (flags & ~(ulong)TableFormat.CommitFlagWriterActive) != 0 || (int)(sequence & 1) != slotIndex)
        {
            return null;
        }

        long count = BinaryPrimitives.ReadInt64LittleEndian(slot[TableFormat.CommitCountOffset..]);
        return new TableCommitRecord(sequence, count, flags != 0);
    }

    private static ulong Checksum(ReadOnlySpan<byte> slot) => Fnv1a64.Append(Fnv1a64.Basis, slot[..TableFormat.CommitChecksumOffset]);
}
