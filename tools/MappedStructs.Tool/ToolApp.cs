using System;
using System.CommandLine;
using System.IO;
using MappedStructs.Tool.Commands;

namespace MappedStructs.Tool;

/// <summary>
/// The <c>mappedstructs</c> command line: its commands, and the one place that turns every failure into one line on the error
/// writer and an exit code (<see cref="ExitCodes"/>), never a stack trace.
/// </summary>
internal static class ToolApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, TerminalProgress progress)
    {
        var context = new ToolContext(output, error, progress);
        RootCommand root = new("Inspect, verify and export MappedStructs table files by the layout their header describes, without the C# type.")
        {
            InfoCommand.Create(context),
            ShowCommand.Create(context),
            DumpCommand.Create(context),
            VerifyCommand.Create(context),
            ExportCommand.Create(context),
            SchemaCommand.Create(context),
        };

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            string command = parsed.CommandResult.Command == root ? "mappedstructs" : "mappedstructs " + parsed.CommandResult.Command.Name;
            error.WriteLine($"mappedstructs: {OneLine(parsed.Errors[0].Message)} (see '{command} --help').");
            return ExitCodes.BadArguments;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error });
        }
        catch (ToolException e)
        {
            error.WriteLine("mappedstructs: " + e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            // The library's messages name the file and the problem; the type is noise to a user at 3 a.m.
            error.WriteLine("mappedstructs: " + OneLine(e.Message));
            return ExitCodes.BadFile;
        }
    }

    // Messages that list choices over several indented lines read as one sentence on one line.
    private static string OneLine(string message) =>
        string.Join(' ', message.ReplaceLineEndings("\n").Split(['\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
