using System;
using System.Globalization;
using System.IO;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// A reader process that holds on to the count it saw when it opened the table, as an enumeration in progress does,
/// and reads those records over and over while the parent truncates or replaces the file; then reports the count it
/// reads at the end. A record it reads must be complete; a page pulled from under it would kill it (SIGBUS).
/// </summary>
internal static class TableHoldingReaderChild
{
    public const string Argument = "--table-holding-reader-child";

    /// <summary>args: the table's path, a file whose appearance tells the child to stop.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        string stopFile = args[1];
        using var table = ReadOnlyMappedTable<Tick>.Open(path);

        // The indexer checks against this remembered count; the loop never reads Count again, so it keeps using it.
        long held = table.Count;
        output.WriteLine($"opened at count {held.ToString(CultureInfo.InvariantCulture)}");
        output.Flush();
        long passes = 0;
        DateTime deadline = DateTime.UtcNow.AddMinutes(2);
        bool stopping = false;
        while (true)
        {
            for (long i = 0; i < held; i++)
            {
                Tick tick = table[i].Load();
                if (!tick.IsConsistent || tick.Sequence != i)
                {
                    output.WriteLine($"BAD record {i}: {tick}");
                    return 2;
                }
            }

            passes++;
            if (stopping)
            {
                break;
            }

            // One more whole pass after the stop signal, so every record is read after the parent's change.
            stopping = File.Exists(stopFile);
            if (DateTime.UtcNow > deadline)
            {
                output.WriteLine($"TIMEOUT after {passes} passes");
                return 3;
            }
        }

        output.WriteLine($"verified {passes} passes of {held} records; count now {table.Count}");
        return 0;
    }
}
