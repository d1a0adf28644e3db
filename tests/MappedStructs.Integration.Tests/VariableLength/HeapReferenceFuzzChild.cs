using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Linq;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// The reference fuzz test's child process: mutates a valid <see cref="LogEntry"/> table and its heap at random, case after
/// case (reference words of random records, the heap's published length, heap data bytes), and reads every variable-length
/// field of every record through the generated views, the table's record span and <c>Load</c>. Each read must give a value or
/// <see cref="InvalidDataException"/>; an open may refuse the file with <see cref="InvalidTableFileException"/>. Anything
/// else prints the case and exits 2; a fault kills the process, which the parent sees as a non-zero exit. On success it
/// prints <c>cases C opened O values V invalid I</c>.
/// </summary>
internal static class HeapReferenceFuzzChild
{
    public const string Argument = "--heap-reference-fuzz-child";

    /// <summary>The exit code for a read that threw something other than a value or <see cref="InvalidDataException"/>.</summary>
    public const int WrongOutcome = 2;

    private static readonly string[] s_fields = ["Message", "Payload", "Tags"];

    /// <summary>args: table path, seed, number of cases.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        int seed = int.Parse(args[1], CultureInfo.InvariantCulture);
        int cases = int.Parse(args[2], CultureInfo.InvariantCulture);
        string heapPath = Heap.HeapFiles.Of(Path.GetDirectoryName(path)!, Path.GetFileName(path)).Single();
        byte[] table = File.ReadAllBytes(path);
        byte[] heap = File.ReadAllBytes(heapPath);
        var tally = new Tally();
        var random = new Random(seed);
        for (int c = 0; c < cases; c++)
        {
            byte[] mutatedTable = (byte[])table.Clone();
            byte[] mutatedHeap = (byte[])heap.Clone();
            string mutations = Mutate(random, mutatedTable, mutatedHeap);
            File.WriteAllBytes(path, mutatedTable);
            File.WriteAllBytes(heapPath, mutatedHeap);
            try
            {
                ReadAll(path, tally);
            }
            catch (Exception e)
            {
                output.WriteLine($"case {c} (seed {seed}): {mutations}: {e.GetType().FullName}: {e.Message}");
                return WrongOutcome;
            }
        }

        File.WriteAllBytes(path, table);
        File.WriteAllBytes(heapPath, heap);
        output.WriteLine($"cases {cases} opened {tally.Opened} values {tally.Values} invalid {tally.Invalid}");
        return 0;
    }

    private sealed class Tally
    {
        public long Opened;
        public long Values;
        public long Invalid;
    }

    /// <summary>One to three mutations; returns what they were, for the failure message.</summary>
    private static string Mutate(Random random, byte[] table, byte[] heap)
    {
        long recordsOffset = BinaryPrimitives.ReadInt64LittleEndian(table.AsSpan(TableFormat.RecordsOffsetOffset));
        int recordSize = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(TableFormat.RecordSizeOffset));
        long count = BinaryPrimitives.ReadInt64LittleEndian(table.AsSpan(TableFormat.CountOffset));
        long published = BinaryPrimitives.ReadInt64LittleEndian(heap.AsSpan(HeapFormat.PublishedLengthOffset));
        string done = "";
        for (int m = random.Next(1, 4); m > 0; m--)
        {
            switch (random.Next(4))
            {
                case 0:
                case 1:
                {
                    int record = random.Next((int)count);
                    int field = random.Next(s_fields.Length);
                    ulong word = RandomWord(random, published);
                    int at = (int)(recordsOffset + (record * recordSize) + LogEntry.Layout.Fields.Single(f => f.Name == s_fields[field]).Offset);
                    BinaryPrimitives.WriteUInt64LittleEndian(table.AsSpan(at), word);
                    done += $"record {record} {s_fields[field]} = 0x{word:X16}; ";
                    break;
                }

                case 2:
                {
                    long length = random.Next(3) switch
                    {
                        0 => random.NextInt64(0, published + 1),
                        1 => published + random.NextInt64(1, 1L << 20),
                        _ => random.NextInt64(long.MinValue, long.MaxValue),
                    };
                    BinaryPrimitives.WriteInt64LittleEndian(heap.AsSpan(HeapFormat.PublishedLengthOffset), length);
                    done += $"published length = {length}; ";
                    break;
                }

                default:
                {
                    int at = HeapFormat.HeaderSize + random.Next((int)Math.Max(1, Math.Min(published, heap.Length - HeapFormat.HeaderSize)));
                    heap[at] ^= (byte)random.Next(1, 256);
                    done += $"heap byte {at} flipped; ";
                    break;
                }
            }
        }

        return done;
    }

    // Words near the edge of the published heap are the interesting ones: a value ending exactly at it, one byte past it,
    // offsets past it, the largest length, and unaligned or arbitrary garbage.
    private static ulong RandomWord(Random random, long published)
    {
        long offset = random.Next(4) switch
        {
            0 => random.NextInt64(0, Math.Max(1, published)) & ~7L,
            1 => Math.Max(0, published - (random.Next(0, 4) * 8)),
            2 => published + (random.Next(0, 1 << 16) * 8),
            _ => random.NextInt64(0, HeapReference.MaxOffset) & ~7L,
        };
        int length = random.Next(4) switch
        {
            0 => random.Next(0, 64),
            1 => (int)Math.Clamp(published - offset + random.Next(-2, 3), 0, HeapReference.MaxLength),
            2 => HeapReference.MaxLength,
            _ => random.Next(0, HeapReference.MaxLength + 1),
        };
        return random.Next(8) == 0
            ? (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)
            : ((ulong)(offset / HeapReference.OffsetUnit) << HeapReference.LengthBits) | (uint)length;
    }

    private static void ReadAll(string path, Tally tally)
    {
        ReadOnlyMappedTable<LogEntry> table;
        try
        {
            table = ReadOnlyMappedTable<LogEntry>.Open(path);
        }
        catch (InvalidTableFileException)
        {
            return;
        }

        using (table)
        {
            tally.Opened++;
            for (long i = 0; i < table.Count; i++)
            {
                Read(tally, i, table, static (t, i) => ((LogEntry.ReadOnlyRef)t[i]).MessageBytes.Length);
                Read(tally, i, table, static (t, i) => ((LogEntry.ReadOnlyRef)t[i]).Message.Length);
                Read(tally, i, table, static (t, i) => ((LogEntry.ReadOnlyRef)t[i]).Payload.ToArray().Length);
                Read(tally, i, table, static (t, i) => ((LogEntry.ReadOnlyRef)t[i]).Tags.ToArray().Length);
                Read(tally, i, table, static (t, i) => ((LogEntry.ReadOnlyRef)t.Records[i]).Payload.Length);
                Read(tally, i, table, static (t, i) => t[i].Load().Message.Length);
            }
        }
    }

    private static void Read(Tally tally, long index, ReadOnlyMappedTable<LogEntry> table, Func<ReadOnlyMappedTable<LogEntry>, long, int> read)
    {
        try
        {
            _ = read(table, index);
            tally.Values++;
        }
        catch (InvalidDataException)
        {
            tally.Invalid++;
        }
    }
}
