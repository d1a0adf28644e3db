using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;

namespace MappedStructs.Tool.Commands;

/// <summary><c>mappedstructs dump FILE --format csv|jsonl|json [--out PATH]</c>: every record, streaming.</summary>
internal static class DumpCommand
{
    private const int ProgressEvery = 65_536;

    public static Command Create(ToolContext context)
    {
        Argument<string> file = FileArgument.Create();
        var format = new Option<string>("--format") { Description = "csv (a header row, then one row per record), jsonl (one object per line) or json (one array).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl", "json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("dump", "Every record as CSV, JSON lines or JSON, streaming; a progress bar on a terminal.") { file, format, output };
        command.SetAction(parsed =>
        {
            using DescribedTable table = TableOpener.Open(parsed.GetRequiredValue(file));
            string? path = parsed.GetValue(output);
            string kind = parsed.GetRequiredValue(format);
            long total = table.Count;
            if (path is null)
            {
                context.Progress.Run("dump", total, writesStandardOutput: true, done => Write(table, kind, context.Output, total, done));
                return ExitCodes.Success;
            }

            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
            context.Progress.Run("dump", total, writesStandardOutput: false, done => Write(table, kind, writer, total, done));
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Write(DescribedTable table, string kind, TextWriter output, long total, Action<long> done)
    {
        if (kind == "csv")
        {
            WriteCsv(table, output, total, done);
        }
        else
        {
            WriteJson(table, output, total, kind == "json", done);
        }

        output.Flush();
        return 0;
    }

    private static void WriteCsv(DescribedTable table, TextWriter output, long total, Action<long> done)
    {
        int fields = table.Layout.Fields.Count;
        var line = new StringBuilder();
        for (int f = 0; f < fields; f++)
        {
            line.Append(f == 0 ? string.Empty : ",").Append(ValueText.Csv(table.Layout.Fields[f].Name));
        }

        output.Write(line.Append('\n'));
        for (long row = 0; row < total; row++)
        {
            line.Clear();
            for (int f = 0; f < fields; f++)
            {
                line.Append(f == 0 ? string.Empty : ",").Append(ValueText.Csv(ValueText.Text(table.GetValue(row, f))));
            }

            output.Write(line.Append('\n'));
            Report(row, done);
        }
    }

    private static void WriteJson(DescribedTable table, TextWriter output, long total, bool array, Action<long> done)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        if (array)
        {
            output.Write("[\n");
        }

        for (long row = 0; row < total; row++)
        {
            json.WriteStartObject();
            for (int f = 0; f < table.Layout.Fields.Count; f++)
            {
                json.WritePropertyName(table.Layout.Fields[f].Name);
                ValueText.Json(json, table.GetValue(row, f));
            }

            json.WriteEndObject();
            json.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write(array && row + 1 < total ? ",\n" : "\n");
            buffer.ResetWrittenCount();
            json.Reset();
            Report(row, done);
        }

        if (array)
        {
            output.Write("]\n");
        }
    }

    private static void Report(long row, Action<long> done)
    {
        if ((row + 1) % ProgressEvery == 0)
        {
            done(row + 1);
        }
    }
}
