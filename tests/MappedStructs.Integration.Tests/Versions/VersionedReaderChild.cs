using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace MappedStructs.Integration.Tests.Versions;

/// <summary>
/// A reader of version 1 in its own process: follows a table that the parent appends to through version 2 (32-byte
/// records), reads each record's version-1 prefix at the file's stride, checks it and prints how many it verified.
/// </summary>
internal static class VersionedReaderChild
{
    public const string Argument = "--versioned-reader-child";

    /// <summary>The record a version-2 writer appends at <paramref name="i"/>.</summary>
    public static V2.Quote Record(long i) => new() { Id = i, Px = i * 0.5, Quantity = (int)(i % 1000), Legacy = (int)(i % 7), VenueId = i * 3 };

    /// <summary>args: path, the record count to wait for.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        long expected = long.Parse(args[1], CultureInfo.InvariantCulture);
        using var table = ReadOnlyMappedTable<V1.Quote>.Open(path);
        output.WriteLine($"opened at count {table.Count}");
        output.Flush();
        long verified = 0;
        DateTime deadline = DateTime.UtcNow.AddMinutes(2);
        while (verified < expected)
        {
            long count = table.Count;
            for (; verified < count; verified++)
            {
                V1.Quote quote = table[verified].Load();
                V2.Quote written = Record(verified);
                if (quote.Id != written.Id || quote.Px != written.Px || quote.Quantity != written.Quantity || quote.Legacy != written.Legacy)
                {
                    output.WriteLine($"BAD record {verified}: {quote}");
                    return 2;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                output.WriteLine($"TIMEOUT after {verified} records");
                return 3;
            }

            Thread.Yield();
        }

        output.WriteLine($"verified {verified} records");
        return 0;
    }
}
