using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Package.Tests;

/// <summary>The package as a user meets it: installed from a feed into a project that knows nothing of this repository.</summary>
public sealed class PackageConsumerTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    [Fact]
    public void Package_holds_the_runtime_in_lib_and_the_compile_time_components_in_analyzers()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(package.PackagePath);
        string[] entries = nupkg.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("lib/net10.0/MappedStructs.Runtime.dll", entries);
        Assert.Contains("lib/net10.0/MappedStructs.Runtime.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/MappedStructs.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/MappedStructs.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/MappedStructs.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.True(File.Exists(package.SymbolsPackagePath), "the symbols package (.snupkg) is missing");
    }

    [Fact]
    public void Package_metadata_is_complete_and_Roslyn_is_not_a_dependency()
    {
        string nuspec = package.ReadNuspec();

        Assert.Contains("<id>MappedStructs</id>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\"", nuspec, StringComparison.Ordinal);
        Assert.Contains("<tags>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<description>", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_package_has_no_NuGet_dependencies_in_any_target_framework()
    {
        var nuspec = XDocument.Parse(package.ReadNuspec());

        // The core package stays dependency-free (the Arrow and Parquet exports live in MappedStructs.Export); an empty
        // <group targetFramework=...> is what NuGet writes for a framework without dependencies.
        string[] dependencies = nuspec.Descendants()
            .Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{e.Attribute("id")?.Value} {e.Attribute("version")?.Value}")
            .ToArray();
        Assert.Empty(dependencies);
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "frameworkReference");
    }

    [Fact]
    public void Package_README_has_only_absolute_links_and_no_repository_commands()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(nupkg.Entries.Single(e => e.FullName == "README.md").Open());
        string readme = reader.ReadToEnd();

        // A link on the package page resolves against nuget.org, so a repository path like (docs/tables.md) is dead there.
        Assert.DoesNotMatch(@"\]\((?!https?://)[^)]+\)", readme);
        Assert.DoesNotContain("--project samples/", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("MappedStructs.sln", readme, StringComparison.Ordinal);
        Assert.DoesNotContain(".ci/run", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet add package MappedStructs", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_builds_with_the_generator_and_round_trips_records_through_a_mapped_file()
    {
        var consumer = ConsumerProject.Create(package, "GoodConsumer", ConsumerSources.Good);

        consumer.Build().EnsureSuccess("building the consumer");
        string dataFile = Path.Combine(consumer.Directory, "trades.bin");
        string output = consumer.Run(dataFile).EnsureSuccess("running the consumer").OutputAndErrors;

        Assert.Contains("1 101.25 7 Buy AAPL v1", output, StringComparison.Ordinal);
        Assert.Contains("2 202.5 14 Sell MSFT v2", output, StringComparison.Ordinal);
        Assert.Contains("3 303.75 21 Buy GOOG v3", output, StringComparison.Ordinal);
        Assert.Equal(3 * 48, new FileInfo(dataFile).Length);
    }

    [Fact]
    public void Consumer_published_with_native_AOT_runs_with_no_trim_or_AOT_warnings()
    {
        Assert.SkipUnless(
            OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64,
            "The test publishes for linux-x64 and runs the result, so it needs a linux-x64 machine.");

        var consumer = ConsumerProject.Create(package, "AotConsumer", ConsumerSources.Good);
        string publishDirectory = Path.Combine(consumer.Directory, "native");

        ProcessOutcome publish = consumer.PublishNativeAot(publishDirectory).EnsureSuccess("publishing with PublishAot=true");
        Assert.DoesNotContain("warning IL", publish.OutputAndErrors, StringComparison.Ordinal);

        string dataFile = Path.Combine(consumer.Directory, "trades.bin");
        ProcessOutcome run = ProcessLauncher.Run(ProcessLauncher.StartInfo(Path.Combine(publishDirectory, "AotConsumer"), dataFile), TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, run.OutputAndErrors);
        Assert.Contains("2 202.5 14 Sell MSFT v2", run.OutputAndErrors, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_with_a_bad_layout_and_a_constant_out_of_bounds_index_fails_with_the_analyzer_ids()
    {
        var consumer = ConsumerProject.Create(package, "BadConsumer", ConsumerSources.Bad);

        ProcessOutcome build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        foreach (string id in ConsumerSources.BadIds)
        {
            Assert.Contains(id, build.OutputAndErrors, StringComparison.Ordinal);
        }
    }
}
