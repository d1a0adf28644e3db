using System;
using System.Buffers.Binary;
using System.IO;

namespace MappedStructs.Peers;

/// <summary>
/// Writes the files every contender reads: a <see cref="MappedTable{T}"/> of <see cref="PeerTrade"/> and an index file of
/// little-endian int64 record indices (no header). The content is a pure function of the record index and the seed.
/// </summary>
/// <remarks>
/// Prices are multiples of 1/16 below 2^16 and there are at most 2^25 of them per sum (1 GiB), so every partial sum is a
/// multiple of 1/16 below 2^41 and exact in a double whatever the order of the additions: numpy's pairwise sum, a
/// vectorized sum and a sequential loop print the same digits, and the script compares sums as text.
/// </remarks>
internal static class DataSet
{
    private const int Chunk = 65_536;

    /// <summary>Creates the table (capacity exactly <paramref name="count"/>) and the index file.</summary>
    public static void Create(string tablePath, long count, string indicesPath, long lookups, ulong seed)
    {
        if (count <= 0 || lookups <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"need at least one record and one lookup, got {count} and {lookups}");
        }

        using (var table = MappedTable<PeerTrade>.Create(tablePath, count))
        {
            var chunk = new PeerTrade[Chunk];
            for (long first = 0; first < count; first += Chunk)
            {
                int n = (int)Math.Min(Chunk, count - first);
                for (int i = 0; i < n; i++)
                {
                    chunk[i] = Record(first + i, seed);
                }

                table.AppendRange(chunk.AsSpan(0, n));
            }

            table.Flush();
        }

        WriteIndices(indicesPath, count, lookups, seed);
    }

    /// <summary>The content of record <paramref name="index"/>.</summary>
    public static PeerTrade Record(long index, ulong seed)
    {
        ulong bits = SplitMix64((ulong)index ^ seed);
        return new PeerTrade
        {
            Id = index,
            Timestamp = 1_700_000_000_000_000_000 + (index * 1000),
            Price = (bits >> 44) / 16.0,
            Quantity = (long)(SplitMix64(bits) >> 33),
        };
    }

    /// <summary>Reads an index file written by <see cref="Create"/>, checking every index against <paramref name="count"/>.</summary>
    public static long[] ReadIndices(string path, long count)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0 || bytes.Length % sizeof(long) != 0)
        {
            throw new InvalidDataException($"'{path}' is {bytes.Length} bytes: an index file is a non-empty array of int64");
        }

        long[] indices = new long[bytes.Length / sizeof(long)];
        for (int i = 0; i < indices.Length; i++)
        {
            long index = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(i * sizeof(long)));
            if ((ulong)index >= (ulong)count)
            {
                throw new InvalidDataException($"'{path}': index {index} at position {i} is outside the table's {count} records");
            }

            indices[i] = index;
        }

        return indices;
    }

    private static void WriteIndices(string path, long count, long lookups, ulong seed)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        byte[] buffer = new byte[sizeof(long) * Chunk];
        ulong state = seed ^ 0x5DEECE66DUL;
        for (long done = 0; done < lookups; done += Chunk)
        {
            int n = (int)Math.Min(Chunk, lookups - done);
            for (int i = 0; i < n; i++)
            {
                state = SplitMix64(state);
                BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(i * sizeof(long)), (long)(state % (ulong)count));
            }

            stream.Write(buffer, 0, n * sizeof(long));
        }
    }

    private static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
