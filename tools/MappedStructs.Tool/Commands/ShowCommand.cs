using System;
using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace MappedStructs.Tool.Commands;

/// <summary><c>mappedstructs show FILE [--from N] [--count N] [--tail N] [--where FIELD=VALUE]</c>: records as an aligned table.</summary>
internal static class ShowCommand
{
    public static Command Create(ToolContext context)
    {
        Argument<string> file = FileArgument.Create();
        var from = new Option<long>("--from") { Description = "The first record to consider (default 0)." };
        var count = new Option<int>("--count") { Description = "How many records to show (default 20).", DefaultValueFactory = _ => 20 };
        var tail = new Option<int?>("--tail") { Description = "Show the last N records (of those matching --where) instead of the first." };
        var where = new Option<string[]>("--where") { Description = "Show only records whose FIELD prints as VALUE (FIELD=VALUE; repeat for AND).", AllowMultipleArgumentsPerToken = false };
        var command = new Command("show", "Records as an aligned table: the first 20 by default, --tail for the last.") { file, from, count, tail, where };
        command.SetAction(parsed =>
        {
            using DescribedTable table = TableOpener.Open(parsed.GetRequiredValue(file));
            long start = parsed.GetValue(from);
            int shown = parsed.GetValue(tail) ?? parsed.GetValue(count);
            long records = table.Count;
            if (start < 0 || start > records || shown < 0)
            {
                throw new ToolException($"--from {start} must lie within the {records} records and the count must not be negative.", ExitCodes.BadArguments);
            }

            var filter = RecordFilter.Parse(table, parsed.GetValue(where) ?? []);
            long[] rows = parsed.GetValue(tail) is null ? Head(table, filter, start, shown) : Tail(table, filter, start, shown);
            Render(context, table, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    private static long[] Head(DescribedTable table, RecordFilter filter, long start, int shown)
    {
        var rows = new System.Collections.Generic.List<long>(Math.Min(shown, 1024));
        for (long row = start; row < table.Count && rows.Count < shown; row++)
        {
            if (filter.IsEmpty || filter.Matches(table, row))
            {
                rows.Add(row);
            }
        }

        return [.. rows];
    }

    private static long[] Tail(DescribedTable table, RecordFilter filter, long start, int shown)
    {
        var rows = new System.Collections.Generic.List<long>(Math.Min(shown, 1024));
        for (long row = table.Count - 1; row >= start && rows.Count < shown; row--)
        {
            if (filter.IsEmpty || filter.Matches(table, row))
            {
                rows.Add(row);
            }
        }

        rows.Reverse();
        return [.. rows];
    }

    private static void Render(ToolContext context, DescribedTable table, long[] rows)
    {
        // Wide enough that a redirected table is never wrapped; Spectre sizes the columns to their contents.
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 4096;
        Table grid = new Table().Border(TableBorder.Simple);
        grid.AddColumn(new TableColumn("#").RightAligned());
        foreach (LayoutField field in table.Layout.Fields)
        {
            grid.AddColumn(new TableColumn(Markup.Escape(field.Name)));
        }

        foreach (long row in rows)
        {
            string[] cells = new string[table.Layout.Fields.Count + 1];
            cells[0] = row.ToString(CultureInfo.InvariantCulture);
            for (int f = 1; f < cells.Length; f++)
            {
                cells[f] = Markup.Escape(ValueText.Cell(table.FieldTypes[f - 1], table.GetValue(row, f - 1)));
            }

            grid.AddRow(cells);
        }

        console.Write(grid);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Length} of {table.Count} records shown."));
    }
}
