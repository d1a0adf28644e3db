using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.IO;
using MappedStructs;
using MappedStructs.Samples;
using Microsoft.Win32.SafeHandles;

namespace OrderIndex;

/// <summary>
/// The database index scenario: a sorted table of fixed-size orders in a mapped file, searched in place, against the
/// same binary search done with one read() per probe.
/// </summary>
public static class Program
{
    /// <summary>Entry point: see <see cref="Run"/>.</summary>
    public static int Main(string[] args) => Run(args, Console.Out);

    /// <summary>
    /// Options: <c>--count N</c> records (10,000,000), <c>--lookups N</c> in the mapping (1,000,000),
    /// <c>--read-lookups N</c> through read() (100,000), <c>--seed N</c>, <c>--file PATH</c>, <c>--keep</c>.
    /// </summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = new Options(args);
        long count = options.Long("--count", 10_000_000);
        int lookups = (int)options.Long("--lookups", 1_000_000);
        int readLookups = (int)options.Long("--read-lookups", 100_000);
        int seed = (int)options.Long("--seed", 42);
        string path = options.Text("--file", Path.Combine(Path.GetTempPath(), $"orderindex-{Environment.ProcessId}.tbl"));
        bool keep = options.Flag("--keep");
        options.ThrowOnUnknown();

        output.WriteLine($"OrderIndex: {count:N0} orders of {Order.Layout.Size} bytes in {path}");
        try
        {
            Build(path, count, output);
            long[] keys = LookupKeys(count, Math.Max(lookups, readLookups), seed);
            // Both searches record what they found for the lookups they share, so the agreement line compares like with like.
            int shared = Math.Min(lookups, readLookups);
            long[] mappedResults = new long[shared];
            long[] readResults = new long[shared];
            (long mappedFound, double mappedRate) = SearchMapped(path, keys, lookups, mappedResults, output);
            (long readFound, double readRate, long reads) = SearchWithRead(path, keys, readLookups, readResults, output);

            output.WriteLine();
            double readsPerLookup = (double)reads / Math.Max(readLookups, 1);
            output.WriteLine($"mapped search : {mappedRate,14:N0} lookups/s, 0 read() calls (pages fault in once, then are plain memory)");
            output.WriteLine($"read() search : {readRate,14:N0} lookups/s, {reads:N0} read() calls ({readsPerLookup:N1} per lookup)");
            output.WriteLine($"speed-up      : {mappedRate / Math.Max(readRate, 1):N1}x; the mapping avoided about {readsPerLookup * lookups:N0} read() calls for its {lookups:N0} lookups");
            long mismatches = CountMismatches(path, keys, mappedResults, readResults);
            bool agree = mismatches == 0;
            output.WriteLine($"agreement     : {(agree ? "both searches found the same records" : $"{mismatches:N0} lookups differ")} for the {shared:N0} lookups both made (mapped found {mappedFound:N0} of {lookups:N0}; read() found {readFound:N0} of {readLookups:N0})");
            return agree ? 0 : 1;
        }
        finally
        {
            if (!keep)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>The key of record <paramref name="index"/>: one key in each bucket of four, so keys are strictly increasing.</summary>
    public static long KeyAt(long index) => (index * 4) + (long)(Mix((ulong)index) & 3);

    private static void Build(string path, long count, TextWriter output)
    {
        string[] symbols = ["AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "BRK.B"];
        var clock = Stopwatch.StartNew();
        using var table = MappedTable<Order>.Create(path, count);
        long step = Math.Max(count / 10, 1);
        for (long i = 0; i < count; i++)
        {
            ulong mix = Mix((ulong)i);
            table.Append(new Order { Key = KeyAt(i), Price = 10 + ((mix >> 8) % 100_000 / 100.0), Qty = (int)((mix >> 32) % 1000) + 1, Symbol = symbols[(int)((mix >> 48) % (ulong)symbols.Length)] });
            if ((i + 1) % step == 0 && count >= 1_000_000)
            {
                output.WriteLine($"  building: {(i + 1) * 100 / count,3}% ({i + 1:N0} records, {clock.Elapsed.TotalSeconds:N1} s)");
            }
        }

        output.WriteLine($"built {table.Count:N0} records ({new FileInfo(path).Length / (1024.0 * 1024):N1} MiB) in {clock.Elapsed.TotalSeconds:N2} s");
    }

    /// <summary>Random keys of existing records, except every fourth, which is the key just past a record's (a miss).</summary>
    private static long[] LookupKeys(long count, int n, int seed)
    {
        var random = new Random(seed);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++)
        {
            long key = KeyAt(random.NextInt64(count));
            keys[i] = i % 4 == 3 ? (key & ~3L) + (((key & 3) + 1) & 3) : key;
        }

        return keys;
    }

    private static (long Found, double Rate) SearchMapped(string path, long[] keys, int n, long[] firstResults, TextWriter output)
    {
        using var table = ReadOnlyMappedTable<Order>.Open(path);
        var clock = Stopwatch.StartNew();
        long found = 0;
        for (int i = 0; i < n; i++)
        {
            long index = table.BinarySearch(keys[i], Order.KeyOf);
            if (i < firstResults.Length)
            {
                firstResults[i] = index >= 0 ? index : -1; // the read() search reports a miss as -1, not ~insertionPoint
            }

            if (index >= 0)
            {
                found++;
            }
        }

        clock.Stop();
        output.WriteLine($"mapped search: found {found:N0} of {n:N0} keys in {clock.Elapsed.TotalMilliseconds:N0} ms (binary search inside the mapping)");
        return (found, n / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }

    private static (long Found, double Rate, long Reads) SearchWithRead(string path, long[] keys, int n, long[] firstResults, TextWriter output)
    {
        using SafeFileHandle file = File.OpenHandle(path);
        (long recordsOffset, int recordSize, long count) = ReadHeader(file);
        var clock = Stopwatch.StartNew();
        long found = 0;
        long reads = 0;
        Span<byte> buffer = stackalloc byte[8];
        for (int i = 0; i < n; i++)
        {
            long low = 0;
            long high = count - 1;
            long index = -1;
            while (low <= high)
            {
                long middle = low + ((high - low) >> 1);
                RandomAccess.Read(file, buffer, recordsOffset + (middle * recordSize));
                reads++;
                long key = BinaryPrimitives.ReadInt64LittleEndian(buffer);
                if (key == keys[i])
                {
                    index = middle;
                    break;
                }

                if (key < keys[i])
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            if (i < firstResults.Length)
            {
                firstResults[i] = index;
            }

            if (index >= 0)
            {
                found++;
            }
        }

        clock.Stop();
        output.WriteLine($"read() search: found {found:N0} of {n:N0} keys in {clock.Elapsed.TotalMilliseconds:N0} ms (one pread of 8 bytes per probe)");
        return (found, n / Math.Max(clock.Elapsed.TotalSeconds, 1e-9), reads);
    }

    /// <summary>The traditional reader parses the documented header itself: record size at 16, records offset at 32, count at 56.</summary>
    private static (long RecordsOffset, int RecordSize, long Count) ReadHeader(SafeFileHandle file)
    {
        Span<byte> header = stackalloc byte[64];
        RandomAccess.Read(file, header, 0);
        return (BinaryPrimitives.ReadInt64LittleEndian(header[32..]), BinaryPrimitives.ReadInt32LittleEndian(header[16..]), BinaryPrimitives.ReadInt64LittleEndian(header[56..]));
    }

    /// <summary>
    /// Counts the shared lookups where the two searches disagree, or where a result is wrong on its own: a key that
    /// should exist (every fourth one is absent by construction) not found, or found at a record with another key.
    /// </summary>
    private static long CountMismatches(string path, long[] keys, long[] mappedResults, long[] readResults)
    {
        using var table = ReadOnlyMappedTable<Order>.Open(path);
        long mismatches = 0;
        for (int i = 0; i < mappedResults.Length; i++)
        {
            long index = mappedResults[i];
            bool shouldExist = i % 4 != 3;
            if (index != readResults[i] || (index >= 0) != shouldExist || (index >= 0 && Order.KeyOf(table[index]) != keys[i]))
            {
                mismatches++;
            }
        }

        return mismatches;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        return x ^ (x >> 33);
    }
}
