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
    /// Puts the whole file in the page cache in 2 MiB folios, so that every mapping of it can use 2 MiB page-table entries
    /// (FilePmdMapped in smaps). The file is first written back and evicted (fsync, then posix_fadvise DONTNEED): pages
    /// already cached keep whatever folio size the writes that created them gave (a 1 MiB write makes 1 MiB folios, and
    /// neither a later read() nor MADV_HUGEPAGE changes that). It is then read back through a MappedStructs mapping advised
    /// with <see cref="MapAdvice.HugePage"/> and prefaulted, which makes the kernel read ahead in 2 MiB folios.
    /// The host does this once per run (<see cref="DataFiles.EnsureAll"/>), so that every benchmark process reads the same
    /// physical pages: refilling per process gave each one fresh memory, and on this VM identical loops then differed by up
    /// to 2x between processes. Returns a line saying how, and how fast.
    /// </summary>
    public static string FillPageCache(string path)
    {
        var watch = Stopwatch.StartNew();
        bool evicted = PageCache.TryEvict(path);
        double evictMs = watch.Elapsed.TotalMilliseconds;

        // DONTNEED keeps pages that some process still maps; those keep their folio size, so say how many stayed.
        long stayed = PageCache.ResidentBytes(path);
        string eviction = evicted
            ? string.Create(CultureInfo.InvariantCulture, $"evicted (fsync + fadvise DONTNEED, {evictMs:F0} ms; {stayed >> 20} MiB stayed resident), then")
            : "not evicted (no posix_fadvise here);";
        return $"{Path.GetFileName(path)} {eviction} {TouchPageCache(path)}";
    }

    /// <summary>
    /// In a benchmark process: maps the file with <see cref="MapAdvice.HugePage"/> and prefaults it. The host's
    /// <see cref="FillPageCache"/> already cached it, so this only builds page tables; a slow pass means pages had been
    /// evicted since (they are then read back in 2 MiB folios too). Returns a line saying how, and how fast.
    /// </summary>
    public static string TouchPageCache(string path)
    {
        var watch = Stopwatch.StartNew();
        long length;
        using (var file = MappedFile.Open(path, MapAccess.Read))
        {
            length = file.Length;
            file.Advise(0, length, MapAdvice.HugePage);
            file.Prefault(0, length);
        }

        watch.Stop();
        double seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{length >> 20} MiB through a MapAdvice.HugePage mapping with Prefault, {watch.Elapsed.TotalMilliseconds:F0} ms ({length / seconds / 1e9:F2} GB/s)");
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
            var expected = TradeRaw.ForIndex(index);
            if (actual.Id != expected.Id || actual.Timestamp != expected.Timestamp || actual.Price != expected.Price)
            {
                return false;
            }
        }

        return true;
    }
}
