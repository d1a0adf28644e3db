using System;
using System.Linq;
using System.Text;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// Log entries whose values follow from their index, with a checksum of them in the fixed <c>Level</c> field: a reader in
/// another process can tell a torn or wrong value from the right one without asking the writer.
/// </summary>
internal static class SelfCheckingEntries
{
    /// <summary>Entry <paramref name="index"/>: text, blob and array of lengths that vary up to a few KiB, so the heap grows often.</summary>
    public static LogEntry For(long index)
    {
        string message = index % 5 == 0 ? string.Empty : $"entry {index} ü " + new string((char)('a' + (index % 26)), (int)(index % 300));
        byte[] payload = [.. Enumerable.Range(0, (int)((index * 37) % 2000)).Select(b => (byte)(b ^ index))];
        int[] tags = [.. Enumerable.Range(0, (int)(index % 40)).Select(t => (int)(t * index))];
        return new LogEntry { Timestamp = index, Level = Checksum(Encoding.UTF8.GetBytes(message), payload, tags), Message = message, Payload = payload, Tags = tags };
    }

    /// <summary>FNV-1a of the three values' bytes, folded to 32 bits.</summary>
    public static int Checksum(ReadOnlySpan<byte> message, ReadOnlySpan<byte> payload, ReadOnlySpan<int> tags)
    {
        ulong hash = 14695981039346656037UL;
        hash = Add(hash, message);
        hash = Add(hash, payload);
        foreach (int tag in tags)
        {
            hash = (hash ^ (uint)tag) * 1099511628211UL;
        }

        return (int)(hash ^ (hash >> 32));
    }

    private static ulong Add(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return (hash ^ (ulong)bytes.Length) * 1099511628211UL;
    }
}
