using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// The record file every benchmark reads: <see cref="TradeRaw.ForIndex"/> for each index, created once per size and reused
/// across runs (creating 1 GiB takes seconds; checking it takes a few reads).
/// </summary>
public static class DataFile
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>The path of the record file of <paramref name="bytes"/> bytes (not necessarily existing yet).</summary>
    public static string PathFor(long bytes) =>
        Path.Combine(BenchSettings.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"trades-{bytes}.bin"));

    /// <summary>Creates the record file for <paramref name="bytes"/> bytes unless a valid one exists; returns its path.</summary>
    public static string Ensure(long bytes)
    {
        if (bytes < ChunkBytes || bytes % ChunkBytes != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bytes), bytes, $"The record file size must be a positive multiple of {ChunkBytes} bytes.");
        }

        if (bytes > (1L << 30))
        {
            // Some baselines (BinaryPrimitives, MemoryMarshal.Cast) take one span over the whole mapping.
            throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "The record file is at most 1 GiB so one span covers it.");
        }

        string path = PathFor(bytes);
        if (IsValid(path, bytes))
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        byte[] chunk = new byte[ChunkBytes];
        using (FileStream stream = new(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            long recordsPerChunk = ChunkBytes / TradeRaw.Size;
            for (long first = 0; first < bytes / TradeRaw.Size; first += recordsPerChunk)
            {
                Span<TradeRaw> records = MemoryMarshal.Cast<byte, TradeRaw>(chunk.AsSpan());
                for (int i = 0; i < records.Length; i++)
                {
                    records[i] = TradeRaw.ForIndex(first + i);
                }

                stream.Write(chunk);
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>
    /// Puts the whole file in the page cache the way the reference run did: one sequential read() pass with a 1 MiB
    /// buffer. Returns a line saying how, and how fast (a slow pass means the file came from disk).
    /// </summary>
    public static string FillPageCache(string path)
    {
        byte[] buffer = GC.AllocateUninitializedArray<byte>(ChunkBytes);
        Stopwatch watch = Stopwatch.StartNew();
        long total = 0;
        using (SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            int read;
            while ((read = RandomAccess.Read(handle, buffer, total)) > 0)
            {
                total += read;
            }
        }

        watch.Stop();
        double seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"sequential read() of {total >> 20} MiB in 1 MiB chunks, {watch.Elapsed.TotalMilliseconds:F0} ms ({total / seconds / 1e9:F2} GB/s)");
    }

    private static bool IsValid(string path, long bytes)
    {
        FileInfo info = new(path);
        if (!info.Exists || info.Length != bytes)
        {
            return false;
        }

        // The first, a middle and the last record must hold what ForIndex says; benchmarks that write only ever rewrite
        // Quantity, so Id and Timestamp stay true.
        long count = bytes / TradeRaw.Size;
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        Span<byte> record = stackalloc byte[TradeRaw.Size];
        foreach (long index in new[] { 0, count / 2, count - 1 })
        {
            if (RandomAccess.Read(handle, record, index * TradeRaw.Size) != TradeRaw.Size)
            {
                return false;
            }

            TradeRaw actual = MemoryMarshal.Read<TradeRaw>(record);
            TradeRaw expected = TradeRaw.ForIndex(index);
            if (actual.Id != expected.Id || actual.Timestamp != expected.Timestamp || actual.Price != expected.Price)
            {
                return false;
            }
        }

        return true;
    }
}
