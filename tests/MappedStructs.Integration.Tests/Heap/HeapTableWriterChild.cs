using System;
using System.Globalization;
using System.IO;
using System.Threading;
using MappedStructs.Integration.Tests.Tables;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// The writer process of the heap crash tests: creates a table of <see cref="IndexedNote"/> (or, when the file exists,
/// opens it ReadWrite as the next writer after a crash) and appends the records its count numbers on, until killed or
/// <c>maxRecords</c> are in the table. Small initial sizes make both the records and the heap grow many times. It flushes
/// every <c>flushEvery</c> records and prints <c>committed N</c> after each flush returns. It writes both header pages
/// (the table's and the heap's) back on their own (<see cref="HeaderWriteBack"/>), as the OS may at any moment: every
/// <c>headerEvery</c> records (<c>header N</c>), and the grown file's header at once after each growth (<c>heap grown N</c>,
/// <c>table grown N</c>), which puts a published heap length or a capacity past the end of the file's length on disk
/// until the next flush. After a growth write-back following the first flush it pauses <c>growthPauseMs</c>, so a kill
/// that aims at that moment lands in it.
/// </summary>
internal static class HeapTableWriterChild
{
    public const string Argument = "--heap-table-writer-child";

    private const long InitialCapacity = 256;

    /// <summary>args: path, flushEvery, headerEvery, maxRecords, growthPauseMs.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        long flushEvery = long.Parse(args[1], CultureInfo.InvariantCulture);
        long headerEvery = long.Parse(args[2], CultureInfo.InvariantCulture);
        long maxRecords = long.Parse(args[3], CultureInfo.InvariantCulture);
        int growthPause = int.Parse(args[4], CultureInfo.InvariantCulture);
        using MappedTable<IndexedNote> table = File.Exists(path)
            ? MappedTable<IndexedNote>.Open(path, MapAccess.ReadWrite)
            : MappedTable<IndexedNote>.Create(path, InitialCapacity);
        TableHeapStore heap = table.HeapStore!;
        using var tableHeader = new HeaderWriteBack(path);
        using var heapHeader = new HeaderWriteBack(heap.Path);
        long capacity = table.Capacity;
        long heapMapped = heap.Current._mappedLength;
        bool committed = false;
        output.WriteLine("started");
        output.Flush();
        for (long i = table.Count + 1; i <= maxRecords; i++)
        {
            table.Append(IndexedNote.For(i - 1));
            if (heap.Current._mappedLength != heapMapped)
            {
                heapMapped = heap.Current._mappedLength;
                WriteBackAfterGrowth(heapHeader, $"heap grown {i}", committed ? growthPause : 0, output);
            }

            if (table.Capacity != capacity)
            {
                capacity = table.Capacity;
                WriteBackAfterGrowth(tableHeader, $"table grown {i}", committed ? growthPause : 0, output);
            }

            if (i % headerEvery == 0)
            {
                tableHeader.WritePage();
                heapHeader.WritePage();
                Report(output, $"header {i}");
            }

            if (i % flushEvery == 0)
            {
                table.Flush();
                committed = true;
                Report(output, $"committed {i}");
            }
        }

        // A writer that starts at the end still commits once, so a trial always sees a flush return.
        table.Flush();
        Report(output, $"committed {table.Count}");

        // Stay alive (holding the writer lock) until killed, like a writer that has nothing more to append.
        Report(output, "done");
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    private static void WriteBackAfterGrowth(HeaderWriteBack header, string line, int pause, TextWriter output)
    {
        header.WritePage();
        Report(output, line);
        if (pause > 0)
        {
            Thread.Sleep(pause);
        }
    }

    private static void Report(TextWriter output, string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}
