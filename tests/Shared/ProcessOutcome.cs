using System;

namespace MappedStructs.TestSupport;

/// <summary>How a finished child process ended and everything it printed.</summary>
/// <param name="ExitCode">The process' exit code.</param>
/// <param name="Output">What it wrote to standard output.</param>
/// <param name="Errors">What it wrote to standard error.</param>
internal sealed record ProcessOutcome(int ExitCode, string Output, string Errors)
{
    /// <summary>Standard output followed by standard error, for assertions and failure messages that want both.</summary>
    public string OutputAndErrors => Output + Errors;

    /// <summary>This outcome if the process exited 0; otherwise throws, naming <paramref name="what"/> and quoting the output.</summary>
    public ProcessOutcome EnsureSuccess(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{OutputAndErrors}");
}
