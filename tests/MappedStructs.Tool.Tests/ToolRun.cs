using System.IO;

namespace MappedStructs.Tool.Tests;

/// <summary>The tool run in-process, as its entry point runs it, with its output and errors captured.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Errors)
{
    public static ToolRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        output.NewLine = "\n";
        error.NewLine = "\n";
        int code = ToolApp.Run(args, output, error, TerminalProgress.None);
        return new ToolRun(code, output.ToString(), error.ToString());
    }
}
