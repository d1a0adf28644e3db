using System;

namespace MappedStructs;

/// <summary>FNV-1a, 64 bits: the checksum of the table header and of its commit records (simple enough for any tool to recompute).</summary>
internal static class Fnv1a64
{
    /// <summary>The FNV-1a 64 offset basis: the hash of no bytes.</summary>
    public const ulong Basis = 0xCBF29CE484222325UL;

    /// <summary>Continues <paramref name="hash"/> over <paramref name="bytes"/>.</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        return hash;
    }
}
