using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// The reader process of the cross-process test: follows a table that the parent appends to, checks every record it
/// can see (count published with acquire ordering, record self-check), and prints how many it verified.
/// </summary>
internal static class TableReaderChild
{
    public const string Argument = "--table-reader-child";

    /// <summary>args: path, the record count to wait for.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        long expected = long.Parse(args[1], CultureInfo.InvariantCulture);
        using var table = ReadOnlyMappedTable<Tick>.Open(path);
        output.WriteLine($"opened at count {table.Count} capacity {table.Capacity}");
        output.Flush();
        long verified = 0;
        long observations = 0;
        DateTime deadline = DateTime.UtcNow.AddMinutes(2);
        while (verified < expected)
        {
            long count = table.Count;
            observations++;
            for (; verified < count; verified++)
            {
                Tick tick = table[verified].Load();
                if (!tick.IsConsistent || tick.Sequence != verified)
                {
                    output.WriteLine($"BAD record {verified}: {tick}");
                    return 2;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                output.WriteLine($"TIMEOUT after {verified} records");
                return 3;
            }

            if (count < expected)
            {
                Thread.Yield();
            }
        }

        output.WriteLine($"verified {verified} records in {observations} observations");
        return 0;
    }
}
