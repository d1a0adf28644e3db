using System;
using System.Diagnostics;

namespace MappedStructs.Package.Tests;

/// <summary>Runs a native executable and captures its output.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    public static ProcessResult Run(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} did not finish in a minute");
        }

        return new ProcessResult(process.ExitCode, output + error.Result);
    }
}
