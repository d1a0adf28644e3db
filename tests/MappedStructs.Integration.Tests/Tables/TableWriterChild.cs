using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// The writer process of the crash tests: creates a table of self-checking <see cref="Tick"/> records and appends until
/// killed, flushing every <c>flushEvery</c> records and printing <c>committed N</c> after each flush returns. Every
/// <c>headerEvery</c> records it also writes the header page back on its own (<see cref="HeaderWriteBack"/>), as the OS
/// may at any moment: the header's live count, and after a growth its capacity, then reach the disk ahead of the records
/// they cover and of the file's new length.
/// </summary>
internal static class TableWriterChild
{
    public const string Argument = "--table-writer-child";

    /// <summary>args: path, flushEvery, headerEvery, maxRecords, "protocol" or "no-protocol".</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        long flushEvery = long.Parse(args[1], CultureInfo.InvariantCulture);
        long headerEvery = long.Parse(args[2], CultureInfo.InvariantCulture);
        long maxRecords = long.Parse(args[3], CultureInfo.InvariantCulture);
        var hooks = new TableStorageHooks { CommitProtocolDisabled = args[4] == "no-protocol" };
        using var table = MappedTable<Tick>.Create(path, 1024, hooks);
        using var headerPage = new HeaderWriteBack(path);
        output.WriteLine("started");
        output.Flush();
        for (long i = 1; i <= maxRecords; i++)
        {
            table.Append(Tick.Create(i - 1, (i - 1) * 31));
            if (i % headerEvery == 0)
            {
                headerPage.WritePage();
                output.WriteLine($"header {i}");
                output.Flush();
            }

            if (i % flushEvery == 0)
            {
                table.Flush();
                output.WriteLine($"committed {i}");
                output.Flush();
            }
        }

        // Stay alive (holding the writer lock) until killed, like a writer that has nothing more to append.
        output.WriteLine("done");
        output.Flush();
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }
}
