using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>
/// The tool packed from this build (<c>dotnet pack</c>, a fresh test version so no cache can serve a stale copy) and installed
/// by <c>dotnet tool install</c> into a temporary tool path, from the local folder alone (a nuget.config that clears every other
/// source), once per test run.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private static readonly string[] s_outerBuildVariables =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG"];

    private readonly TempDirectory _work = new("mappedstructs-tool-install-");

    public InstalledTool()
    {
        string feed = Directory.CreateDirectory(Path.Combine(_work.Path, "feed")).FullName;
        string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        string config = Path.Combine(_work.Path, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        DotNet(
            "pack", Path.Combine(RepositoryRoot(), "tools", "MappedStructs.Tool", "MappedStructs.Tool.csproj"), "-c", Configuration,
            "-o", feed, "--no-build", "-p:Version=" + version).EnsureSuccess("dotnet pack of the tool");
        string toolPath = Path.Combine(_work.Path, "tools");
        DotNet("tool", "install", "--tool-path", toolPath, "--configfile", config, "MappedStructs.Tool", "--version", version)
            .EnsureSuccess("dotnet tool install");
        Command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "mappedstructs.exe" : "mappedstructs");
        Version = version;
    }

    /// <summary>The installed command.</summary>
    public string Command { get; }

    public string Version { get; }

    private static string Configuration =>
#if DEBUG_BUILD
        "Debug";
#else
        "Release";
#endif

    internal ProcessOutcome Run(params string[] args) => ProcessLauncher.Run(ProcessLauncher.StartInfo(Command, args), TimeSpan.FromMinutes(2));

    public void Dispose() => _work.Dispose();

    private static ProcessOutcome DotNet(params string[] args)
    {
        ProcessStartInfo start = ProcessLauncher.Dotnet(args);
        foreach (string name in s_outerBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        return ProcessLauncher.Run(start, TimeSpan.FromMinutes(5));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MappedStructs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"MappedStructs.sln not found above {AppContext.BaseDirectory}.");
    }
}
