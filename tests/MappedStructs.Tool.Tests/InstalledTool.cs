using System;
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
            "pack", Path.Combine(RepositoryRoot.Path, "tools", "MappedStructs.Tool", "MappedStructs.Tool.csproj"), "-c", Configuration,
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

    private static ProcessOutcome DotNet(params string[] args) => DotNetCli.Run(RepositoryRoot.Path, args);
}
