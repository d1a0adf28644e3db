using System;
using MappedStructs.Integration.Tests.DefaultViews;
using MappedStructs.Integration.Tests.Faults;
using MappedStructs.Integration.Tests.Journal;
using MappedStructs.Integration.Tests.Tables;

namespace MappedStructs.Integration.Tests;

/// <summary>
/// The test assembly's entry point: with <c>--table-reader-child</c> it is the reader process of the cross-process
/// test; with <c>--table-writer-child</c> it is the writer the crash tests kill; with <c>--table-appender-child</c> it appends to a table once (<see cref="TableAppenderChild"/>); with <c>--table-holding-reader-child</c>
/// it reads a table the parent truncates or replaces (<see cref="TableHoldingReaderChild"/>); with <c>--default-view-child</c> it accesses a field through a default view for <see cref="DefaultViewTests"/>; with <c>--write-version-fixtures</c> it wrote the committed version-1 table files once, with <c>--versioned-reader-child</c> it is a version-1 reader of a file a version-2 writer appends to, with <c>--upgrade-child</c> it upgrades a file until the parent kills it; with <c>--heap-appender-child</c> it appends notes with heap values (<see cref="Heap.HeapAppenderChild"/>); with <c>--heap-reference-fuzz-child</c> it reads mutated heap references (<see cref="VariableLength.HeapReferenceFuzzChild"/>); with <c>--heap-growth-reader-child</c> it verifies self-checking records while the parent grows the table and its heap (<see cref="VariableLength.HeapGrowthReaderChild"/>); with <c>--heap-table-writer-child</c> it is the writer of a table with a heap that the heap crash tests kill (<see cref="Heap.HeapTableWriterChild"/>); with <c>--compaction-child</c> it compacts a table until killed, or holds its writer lock (<see cref="Heap.CompactionChild"/>);
/// otherwise it runs the tests like xunit's generated entry point would.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == TableReaderChild.Argument)
        {
            return TableReaderChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == TableWriterChild.Argument)
        {
            return TableWriterChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == TableAppenderChild.Argument)
        {
            return TableAppenderChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == TableHoldingReaderChild.Argument)
        {
            return TableHoldingReaderChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == DefaultViewChild.Argument)
        {
            return DefaultViewChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == Versions.VersionFixtures.Argument)
        {
            return Versions.VersionFixtures.Write(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == Versions.VersionedReaderChild.Argument)
        {
            return Versions.VersionedReaderChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == Versions.UpgradeChild.Argument)
        {
            return Versions.UpgradeChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == FaultsChild.Argument)
        {
            return FaultsChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == Heap.HeapAppenderChild.Argument)
        {
            return Heap.HeapAppenderChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == VariableLength.HeapReferenceFuzzChild.Argument)
        {
            return VariableLength.HeapReferenceFuzzChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == VariableLength.HeapGrowthReaderChild.Argument)
        {
            return VariableLength.HeapGrowthReaderChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == Heap.HeapTableWriterChild.Argument)
        {
            return Heap.HeapTableWriterChild.Run(args.AsSpan(1), Console.Out);
        }

        if (args.Length > 0 && args[0] == Heap.CompactionChild.Argument)
        {
            return Heap.CompactionChild.Run(args.AsSpan(1), Console.Out, Console.In);
        }

        if (args.Length > 0 && args[0] == JournalChild.Argument)
        {
            return JournalChild.Run(args.AsSpan(1), Console.Out);
        }

        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
