using System;
using System.IO;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// The process the compaction tests run: with <c>loop</c> it announces itself and compacts the table of <see cref="Note"/>
/// it is given again and again until the parent kills it; with <c>hold</c> it becomes the table's writer, says so, and
/// keeps the writer lock until its standard input ends.
/// </summary>
internal static class CompactionChild
{
    public const string Argument = "--compaction-child";

    /// <summary>args: path, "loop" or "hold".</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output, TextReader input)
    {
        string path = args[0];
        if (args[1] == "hold")
        {
            using var writer = MappedTable<Note>.Open(path, MapAccess.ReadWrite);
            writer.Append(Note.Create(writer.Count, [1, 2, 3]));
            output.WriteLine("holding");
            output.Flush();
            input.ReadToEnd();
            return 0;
        }

        output.WriteLine("compacting");
        output.Flush();
        while (true)
        {
            MappedTable<Note>.Compact(path);
        }
    }
}
