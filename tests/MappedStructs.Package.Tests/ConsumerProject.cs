using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Package.Tests;

/// <summary>A fresh project in a temporary folder whose only MappedStructs reference is the packed package.</summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public static ConsumerProject Create(PackedPackage package, string name, string programSource)
    {
        string directory = System.IO.Directory.CreateDirectory(Path.Combine(package.WorkDirectory, name)).FullName;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-recommended</AnalysisLevel>
                <RestorePackagesPath>{package.PackagesDirectory}</RestorePackagesPath>
                <RestoreAdditionalProjectFallbackFolders>{MachinePackagesFolder}</RestoreAdditionalProjectFallbackFolders>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MappedStructs" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);

        // The local feed first, then whatever sources the machine already uses (the "normal source").
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="mappedstructs-local" value="{package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);

        // Keep the repository's global.json and Directory.Build.props out of the consumer's way.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Program.cs"), programSource);
        return new ConsumerProject(directory);
    }

    /// <summary>
    /// The machine's NuGet cache, read as a fallback folder: the consumer reuses what is already there (the AOT
    /// compiler, for one) while everything it restores, our test package included, lands in its private folder.
    /// </summary>
    private static string MachinePackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public ProcessOutcome Build() => DotNetCli.Run(Directory, "build", "-c", "Release");

    public ProcessOutcome PublishNativeAot(string outputDirectory) =>
        DotNetCli.Run(Directory, "publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", outputDirectory);

    public ProcessOutcome Run(params string[] arguments)
    {
        string[] all = ["run", "-c", "Release", "--no-build", "--", .. arguments];
        return DotNetCli.Run(Directory, all);
    }
}
