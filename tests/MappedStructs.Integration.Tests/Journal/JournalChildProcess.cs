using System;
using System.Diagnostics;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>Starts <see cref="JournalChild"/> in a second process and reads its lines.</summary>
internal static class JournalChildProcess
{
    public static Process Start(params string[] arguments) =>
        ProcessLauncher.Start(ProcessLauncher.DotnetProgram(typeof(JournalChild).Assembly.Location, [JournalChild.Argument, .. arguments]));

    /// <summary>The child's next line, which must start with <paramref name="prefix"/> (else the test fails with what it printed).</summary>
    public static string ExpectLine(Process child, string prefix)
    {
        string? line = child.StandardOutput.ReadLine();
        if (line is null || !line.StartsWith(prefix, StringComparison.Ordinal))
        {
            string errors = child.HasExited ? child.StandardError.ReadToEnd() : string.Empty;
            Assert.Fail($"expected a line starting '{prefix}', got '{line}' {errors}");
        }

        return line!;
    }

    /// <summary>Kills the child with SIGKILL (Process.Kill) and waits until it is gone, so its locks are released.</summary>
    public static void KillHard(Process child)
    {
        // The child starts no processes of its own; walking the tree reads every process's start time, which Wine cannot give
        // (Process.StartTime throws there), so the tree walk is left to the platforms where it works.
        child.Kill(entireProcessTree: !OperatingSystem.IsWindows());
        child.WaitForExit();
    }

    public static ProcessOutcome Finish(Process child) => ProcessLauncher.Finish(child, TimeSpan.FromMinutes(2));
}
