using System;
using System.Diagnostics;

namespace MappedStructs.TestSupport;

/// <summary>Runs the dotnet CLI as a child process and captures everything it prints.</summary>
internal static class DotNetCli
{
    // The outer `dotnet test` sets MSBuild variables for its own build; a nested build must not inherit them.
    private static readonly string[] s_outerBuildVariables =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG"];

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>, without the outer build's variables, telemetry or node reuse.</summary>
    public static ProcessOutcome Run(string workingDirectory, params string[] arguments)
    {
        ProcessStartInfo start = ProcessLauncher.Dotnet(arguments);
        start.WorkingDirectory = workingDirectory;
        foreach (string name in s_outerBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        return ProcessLauncher.Run(start, TimeSpan.FromMinutes(5));
    }
}
