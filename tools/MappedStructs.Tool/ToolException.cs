using System;

namespace MappedStructs.Tool;

/// <summary>A problem the user can fix (a bad argument, a file that is not a table), printed as one line with its exit code.</summary>
internal sealed class ToolException(string message, int exitCode = ExitCodes.BadFile) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
