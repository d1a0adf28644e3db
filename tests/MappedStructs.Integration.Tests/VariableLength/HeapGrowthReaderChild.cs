using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// The reader process of the growth test: follows a <see cref="LogEntry"/> table another process appends
/// <see cref="SelfCheckingEntries"/> to, growing its records and its heap, and verifies each record as it is published:
/// its checksum over the values it reads in place and exactly the values its index gives, in order. It prints
/// <c>verified N remaps R</c> and exits 0 after the last expected record; it exits <see cref="Torn"/> naming the first
/// wrong record, <see cref="TimedOut"/> when the records stop coming, and dies (non-zero) on a fault.
/// </summary>
internal static class HeapGrowthReaderChild
{
    public const string Argument = "--heap-growth-reader-child";

    /// <summary>A record read with a wrong value, a wrong checksum or a read that threw.</summary>
    public const int Torn = 3;

    /// <summary>The writer stopped before the expected number of records, or more were published.</summary>
    public const int TimedOut = 4;

    /// <summary>args: table path, how many records the writer appends in all.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        long expected = long.Parse(args[1], CultureInfo.InvariantCulture);
        using var table = ReadOnlyMappedTable<LogEntry>.Open(path);
        output.WriteLine("ready");
        output.Flush();
        var clock = Stopwatch.StartNew();
        long verified = 0;
        long remaps = 0;
        long heapMapped = table.HeapStore!.Current._mappedLength;
        while (verified < expected)
        {
            long count = table.Count;
            if (count > expected || clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                output.WriteLine($"count {count} after {verified} verified, expected {expected}");
                return TimedOut;
            }

            for (; verified < count; verified++)
            {
                string? problem = Check(table, verified);
                if (problem is not null)
                {
                    output.WriteLine($"record {verified}: {problem}");
                    return Torn;
                }
            }

            long mapped = table.HeapStore.Current._mappedLength;
            if (mapped != heapMapped)
            {
                remaps++;
                heapMapped = mapped;
            }

            Thread.SpinWait(20);
        }

        output.WriteLine($"verified {verified} remaps {remaps} count {table.Count}");
        return table.Count == expected ? 0 : TimedOut;
    }

    private static string? Check(ReadOnlyMappedTable<LogEntry> table, long index)
    {
        LogEntry want = SelfCheckingEntries.For(index);
        try
        {
            LogEntry.ReadOnlyRef view = table[index];
            int checksum = SelfCheckingEntries.Checksum(view.MessageBytes, view.Payload, view.Tags);
            if (view.Timestamp != index || view.Level != checksum || checksum != want.Level)
            {
                return $"timestamp {view.Timestamp}, stored checksum {view.Level}, values' checksum {checksum}, expected {want.Level}";
            }

            if (!view.MessageBytes.SequenceEqual(Encoding.UTF8.GetBytes(want.Message)) || !view.Payload.SequenceEqual(want.Payload.Span) || !view.Tags.SequenceEqual(want.Tags))
            {
                return "values differ from the index's";
            }

            LogEntry loaded = table[index].Load();
            return loaded.Message == want.Message && loaded.Payload.Span.SequenceEqual(want.Payload.Span) && loaded.Tags.SequenceEqual(want.Tags)
                ? null
                : "Load differs from the index's values";
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
