using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;

namespace MappedStructs.Tool.Commands;

/// <summary>
/// <c>mappedstructs verify FILE [--sorted-by FIELD]</c>: the header checks every open makes, then every record's text and
/// timestamps, then the order; exit 0 when healthy, 1 with the list of problems.
/// </summary>
internal static class VerifyCommand
{
    private const int MaxListed = 100;

    public static Command Create(ToolContext context)
    {
        Argument<string> file = FileArgument.Create();
        var sortedBy = new Option<string?>("--sorted-by") { Description = "Also check that the records are in non-decreasing order of this field." };
        var command = new Command("verify", "Header checks, every record's UTF-8 text, timestamps and heap references, and optionally the order; exit 0 when healthy, 1 with the problems.") { file, sortedBy };
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(file);
            var problems = new List<string>();
            DescribedTable table;
            try
            {
                table = TableOpener.Open(path);
            }
            catch (Exception e) when (e is InvalidTableFileException or ToolException)
            {
                return Report(context, path, [e.Message]);
            }

            using (table)
            {
                int sortField = parsed.GetValue(sortedBy) is string name
                    ? (table.Layout.Fields.Count > 0 && IndexOf(table, name) is int index and >= 0 ? index : throw new ToolException($"--sorted-by names '{name}', but the layout {table.Layout.Name} has no such field.", ExitCodes.BadArguments))
                    : -1;
                CheckRecords(table, sortField, problems);
                if (problems.Count == 0)
                {
                    context.Output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"healthy: {path} ({table.Count} records of {table.Layout.Name}; header, text and timestamps{(table.HeapPath is null ? string.Empty : ", heap references")} checked{(sortField >= 0 ? ", sorted by " + table.Layout.Fields[sortField].Name : string.Empty)})"));
                    return ExitCodes.Success;
                }

                return Report(context, path, problems);
            }
        });
        return command;
    }

    private static int Report(ToolContext context, string path, List<string> problems)
    {
        int more = problems.Count > MaxListed ? problems.Count - MaxListed : 0;
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{problems.Count}{(more > 0 ? "+" : string.Empty)} problem(s) in {path}:"));
        for (int i = 0; i < problems.Count - more; i++)
        {
            context.Output.WriteLine("  " + problems[i]);
        }

        if (more > 0)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and more (listing stops after {MaxListed})"));
        }

        return ExitCodes.BadFile;
    }

    private static int IndexOf(DescribedTable table, string name)
    {
        for (int f = 0; f < table.Layout.Fields.Count; f++)
        {
            if (table.Layout.Fields[f].Name == name)
            {
                return f;
            }
        }

        return -1;
    }

    // Reads every UTF-8, datetime and variable-length field of every record (the values a read can refuse), and compares neighbours by the sort field.
    private static void CheckRecords(DescribedTable table, int sortField, List<string> problems)
    {
        var checkedFields = new List<int>();
        for (int f = 0; f < table.FieldTypes.Count; f++)
        {
            // A variable-length field's value read resolves its reference (within the heap's published length, whole elements) and decodes text strictly.
            if (table.FieldTypes[f].ValueType is FieldValueType.Utf8 or FieldValueType.DateTime || table.FieldTypes[f].IsVariableLength)
            {
                checkedFields.Add(f);
            }
        }

        object? previous = null;
        long count = table.Count;
        for (long row = 0; row < count && problems.Count <= MaxListed; row++)
        {
            foreach (int f in checkedFields)
            {
                try
                {
                    _ = table.GetValue(row, f);
                }
                catch (InvalidDataException e)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"record {row}: {e.Message}"));
                }
            }

            if (sortField >= 0)
            {
                object current = table.GetValue(row, sortField);
                if (previous is not null && Compare(previous, current, table.Layout.Fields[sortField]) > 0)
                {
                    problems.Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"record {row}: {table.Layout.Fields[sortField].Name} = {ValueText.Text(current)} is below record {row - 1}'s {ValueText.Text(previous)}; not sorted"));
                }

                previous = current;
            }
        }
    }

    private static int Compare(object left, object right, LayoutField field) => (left, right) switch
    {
        (string a, string b) => string.CompareOrdinal(a, b),
        (byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b),
        (IComparable a, _) when left.GetType() == right.GetType() => a.CompareTo(right),
        _ => throw new ToolException($"--sorted-by cannot order by {field.Name}, a {field.TypeName} field.", ExitCodes.BadArguments),
    };
}
