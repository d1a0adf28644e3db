using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// A writer in another process for the heap tests: opens an existing table of <see cref="Note"/> ReadWrite and appends
/// notes numbered on from its count, each body <c>size</c> bytes of <see cref="BodyFor"/>. With <c>exit</c> it prints
/// <c>appended C</c> and exits, which commits; with <c>kill-between-commits</c> it flushes and kills itself at the moment
/// the heap's length is committed and the table's count is not yet.
/// </summary>
internal static class HeapAppenderChild
{
    public const string Argument = "--heap-appender-child";

    /// <summary>The body of note <paramref name="id"/>: <paramref name="size"/> bytes that depend on the id.</summary>
    public static byte[] BodyFor(long id, int size) => [.. Enumerable.Range(0, size).Select(i => (byte)((id * 31) + i))];

    /// <summary>args: path, how many notes to append, body size, "exit" or "kill-between-commits".</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        long records = long.Parse(args[1], CultureInfo.InvariantCulture);
        int size = int.Parse(args[2], CultureInfo.InvariantCulture);
        bool kill = args[3] == "kill-between-commits";
        var hooks = new TableStorageHooks();
        using var table = MappedTable<Note>.Open(path, MapAccess.ReadWrite, hooks);
        long first = table.Count;
        for (long i = first; i < first + records; i++)
        {
            table.Append(Note.Create(i, BodyFor(i, size)));
        }

        if (kill)
        {
            hooks.BetweenHeapAndCountCommits = () =>
            {
                output.WriteLine("heap committed");
                output.Flush();
                Process.GetCurrentProcess().Kill();
            };
            table.Flush();
        }

        output.WriteLine($"appended {table.Count.ToString(CultureInfo.InvariantCulture)}");
        return 0;
    }
}
