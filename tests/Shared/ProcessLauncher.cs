using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace MappedStructs.TestSupport;

/// <summary>
/// Starts the other processes tests need (a test assembly's own child mode, the dotnet CLI, a tool, a published program)
/// with their output captured, and waits for them with a timeout that only stops a hung child from hanging the run.
/// </summary>
internal static class ProcessLauncher
{
    /// <summary>A start for <paramref name="program"/> with standard output and error redirected and no shell.</summary>
    public static ProcessStartInfo StartInfo(string program, params IEnumerable<string> arguments)
    {
        ProcessStartInfo start = new(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>A start for the dotnet host with <paramref name="arguments"/> (an assembly to run, or a CLI command).</summary>
    public static ProcessStartInfo Dotnet(params IEnumerable<string> arguments) => StartInfo(DotnetHost(), arguments);

    /// <summary>
    /// Whether these tests are a self-contained publish (the win-x64 one .ci/run runs under Wine): the runtime's own
    /// assemblies sit beside the tests, and there may be no dotnet host on the machine to start children with.
    /// </summary>
    public static bool IsSelfContained =>
        string.Equals(
            Path.GetDirectoryName(typeof(object).Assembly.Location),
            Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory),
            StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A start for the .NET program <paramref name="assemblyPath"/> with <paramref name="arguments"/>: through the dotnet
    /// host, or, in a self-contained publish, through the program's own executable beside it (published self-contained too).
    /// </summary>
    public static ProcessStartInfo DotnetProgram(string assemblyPath, params IEnumerable<string> arguments)
    {
        if (!IsSelfContained)
        {
            return Dotnet([assemblyPath, .. arguments]);
        }

        string executable = Path.ChangeExtension(assemblyPath, OperatingSystem.IsWindows() ? ".exe" : null);
        return StartInfo(executable, arguments);
    }

    /// <summary>Starts the process described by <paramref name="start"/>.</summary>
    public static Process Start(ProcessStartInfo start) =>
        Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");

    /// <summary>Runs <paramref name="start"/> to its end and returns what it printed.</summary>
    public static ProcessOutcome Run(ProcessStartInfo start, TimeSpan timeout)
    {
        using Process process = Start(start);
        return Finish(process, timeout);
    }

    /// <summary>
    /// Reads the rest of a started process' output and waits for it to exit; kills it (and its children) and throws
    /// when it takes longer than <paramref name="timeout"/>.
    /// </summary>
    public static ProcessOutcome Finish(Process process, TimeSpan timeout)
    {
        // Both streams are drained at once, so a child that fills one pipe while we wait on the other cannot stall.
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{Describe(process.StartInfo)} did not finish in {timeout}:\n{output.Result}{errors.Result}");
        }

        process.WaitForExit();
        return new ProcessOutcome(process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>The dotnet host running these tests (so a child uses the same runtime), else whatever `dotnet` PATH finds.</summary>
    private static string DotnetHost()
    {
        string? current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static string Describe(ProcessStartInfo start) => $"{start.FileName} {string.Join(' ', start.ArgumentList)}";
}
