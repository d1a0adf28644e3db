using System;
using System.Globalization;
using System.IO;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// An appender in another process for <see cref="IndexerFollowsAnotherProcessTests"/>: opens an existing table ReadWrite,
/// appends self-checking <see cref="Tick"/> records numbered on from the table's count (growing the file as needed),
/// prints <c>appended C</c> with the final count, and exits, which commits.
/// </summary>
internal static class TableAppenderChild
{
    public const string Argument = "--table-appender-child";

    /// <summary>args: path, how many records to append.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = args[0];
        long records = long.Parse(args[1], CultureInfo.InvariantCulture);
        using var table = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
        long first = table.Count;
        for (long i = first; i < first + records; i++)
        {
            table.Append(Tick.Create(i, i * 31));
        }

        output.WriteLine($"appended {table.Count.ToString(CultureInfo.InvariantCulture)}");
        return 0;
    }
}
