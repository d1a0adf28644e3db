using System;
using System.Buffers.Binary;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>
/// Self-checking payloads: message <c>n</c> has a length and bytes derived from <c>n</c> alone, so a reader in any process
/// can tell a whole message from a torn, repeated or misplaced one without being told what was written.
/// </summary>
internal static class JournalPayloads
{
    public static int LengthOf(long sequence, int maximum) => 8 + (int)(((ulong)sequence * 0x9E3779B97F4A7C15UL) % (ulong)(maximum - 7));

    public static void Fill(long sequence, Span<byte> payload)
    {
        BinaryPrimitives.WriteInt64LittleEndian(payload, sequence);
        for (int i = 8; i < payload.Length; i++)
        {
            payload[i] = ByteAt(sequence, i);
        }
    }

    /// <summary>Why <paramref name="payload"/> is not message <paramref name="sequence"/> of at most <paramref name="maximum"/> bytes, or null.</summary>
    public static string? Problem(long sequence, ReadOnlySpan<byte> payload, int maximum)
    {
        if (payload.Length != LengthOf(sequence, maximum))
        {
            return $"message {sequence} has {payload.Length} bytes, expected {LengthOf(sequence, maximum)}";
        }

        if (BinaryPrimitives.ReadInt64LittleEndian(payload) != sequence)
        {
            return $"message {sequence} says it is {BinaryPrimitives.ReadInt64LittleEndian(payload)}";
        }

        for (int i = 8; i < payload.Length; i++)
        {
            if (payload[i] != ByteAt(sequence, i))
            {
                return $"message {sequence} has a wrong byte at {i}";
            }
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="payload"/> is not message <paramref name="sequence"/> filled by <see cref="Fill"/> at any length of
    /// at least 8 (the messages of one batch share one length), or null.
    /// </summary>
    public static string? ProblemAtAnyLength(long sequence, ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 8 || BinaryPrimitives.ReadInt64LittleEndian(payload) != sequence)
        {
            return $"message {sequence} has {payload.Length} bytes and does not start with its sequence number";
        }

        for (int i = 8; i < payload.Length; i++)
        {
            if (payload[i] != ByteAt(sequence, i))
            {
                return $"message {sequence} has a wrong byte at {i}";
            }
        }

        return null;
    }

    private static byte ByteAt(long sequence, int index) => (byte)((sequence * 31) + (index * 7));
}
