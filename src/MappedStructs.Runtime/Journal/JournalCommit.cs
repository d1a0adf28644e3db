using System;
using System.Buffers.Binary;

namespace MappedStructs;

/// <summary>
/// One durable commit of the journal (docs/journal.md, "Durability"): every frame of <see cref="Cycle"/> before
/// <see cref="End"/>, and every earlier cycle, was on disk when it was written; <see cref="NextSequence"/> follows them.
/// </summary>
internal readonly record struct JournalCommit(long Number, long Cycle, long End, long NextSequence)
{
    public void WriteTo(Span<byte> slot)
    {
        BinaryPrimitives.WriteInt64LittleEndian(slot, Number);
        BinaryPrimitives.WriteInt64LittleEndian(slot[8..], Cycle);
        BinaryPrimitives.WriteInt64LittleEndian(slot[16..], End);
        BinaryPrimitives.WriteInt64LittleEndian(slot[24..], NextSequence);
        BinaryPrimitives.WriteUInt64LittleEndian(slot[32..], Fnv1a64.Append(Fnv1a64.Basis, slot[..32]));
    }

    /// <summary>The commit in <paramref name="slot"/>, or null when it was never written, is torn or holds impossible numbers.</summary>
    public static JournalCommit? ReadFrom(ReadOnlySpan<byte> slot)
    {
        ulong stored = BinaryPrimitives.ReadUInt64LittleEndian(slot[32..]);
        if (stored != Fnv1a64.Append(Fnv1a64.Basis, slot[..32]))
        {
            return null;
        }

        var commit = new JournalCommit(
            BinaryPrimitives.ReadInt64LittleEndian(slot),
            BinaryPrimitives.ReadInt64LittleEndian(slot[8..]),
            BinaryPrimitives.ReadInt64LittleEndian(slot[16..]),
            BinaryPrimitives.ReadInt64LittleEndian(slot[24..]));
        return commit.Number > 0 && commit.Cycle >= 0 && commit.End >= JournalFormat.HeaderSize && commit.NextSequence >= 0 ? commit : null;
    }
}
