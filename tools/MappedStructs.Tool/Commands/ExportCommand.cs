using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using MappedStructs.Export;

namespace MappedStructs.Tool.Commands;

/// <summary><c>mappedstructs export FILE --to parquet|arrow OUT [--from N]</c>: the records for the analytics stack.</summary>
internal static class ExportCommand
{
    public static Command Create(ToolContext context)
    {
        Argument<string> file = FileArgument.Create();
        var to = new Option<string>("--to") { Description = "parquet (Spark, Trino, DuckDB, Polars, pandas) or arrow (the Arrow IPC file format).", Required = true };
        to.AcceptOnlyFromAmong("parquet", "arrow");
        var output = new Argument<string>("OUT") { Description = "The file to write (replaced when the export succeeds)." };
        var from = new Option<long>("--from") { Description = "The first record to export, for incremental exports: the 'next --from' an earlier export printed (default 0)." };
        var command = new Command("export", "The records to a Parquet or Arrow IPC file, in record batches, with progress.") { file, output, to, from };
        command.SetAction(parsed =>
        {
            using DescribedTable table = TableOpener.Open(parsed.GetRequiredValue(file));
            string path = parsed.GetRequiredValue(output);
            string format = parsed.GetRequiredValue(to);
            long start = parsed.GetValue(from);
            if (start < 0 || start > table.Count)
            {
                throw new ToolException($"--from {start} must lie within the {table.Count} records of '{table.Path}'.", ExitCodes.BadArguments);
            }

            var clock = Stopwatch.StartNew();
            ExportResult result = context.Progress.Run("export", table.Count - start, writesStandardOutput: false, done =>
            {
                var options = new ExportOptions { FromRecord = start, Progress = p => done(p.RecordsWritten) };
                return format == "parquet" ? TableExport.ToParquet(table, path, options) : TableExport.ToArrowFile(table, path, options);
            });
            context.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"exported records {result.FirstRecord} to {result.NextRecord - 1} ({result.RecordCount} records) to {path} as {format} in {clock.Elapsed.TotalSeconds:F2} s; next --from {result.NextRecord}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
