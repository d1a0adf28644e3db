using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Package.Tests;

/// <summary>
/// Packs MappedStructs once per test run into a private folder, with a version no earlier run used, so that the
/// NuGet caches can never hand a consumer a stale copy.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly TempDirectory _workDirectory = new("mappedstructs-package-");

    public PackedPackage()
    {
        WorkDirectory = _workDirectory.Path;
        FeedDirectory = Directory.CreateDirectory(Path.Combine(WorkDirectory, "feed")).FullName;
        PackagesDirectory = Path.Combine(WorkDirectory, "packages");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

        PackOutput = DotNetCli.Run(
            RepositoryPaths.Root,
            "pack", RepositoryPaths.RuntimeProject,
            "-c", RepositoryPaths.BuildConfiguration,
            "-o", FeedDirectory,
            // The solution's build made the assemblies; packing must not rebuild them under a test version while
            // other test assemblies are loading them.
            "--no-build",
            "-p:Version=" + Version).EnsureSuccess("dotnet pack").OutputAndErrors;

        PackagePath = Path.Combine(FeedDirectory, $"MappedStructs.{Version}.nupkg");
        SymbolsPackagePath = Path.Combine(FeedDirectory, $"MappedStructs.{Version}.snupkg");
    }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    /// <summary>A private global-packages folder, so test versions never enter the machine's NuGet cache.</summary>
    public string PackagesDirectory { get; }

    public string Version { get; }

    public string PackagePath { get; }

    public string SymbolsPackagePath { get; }

    public string PackOutput { get; }

    /// <summary>The package's manifest (the .nuspec NuGet wrote into the .nupkg), as text.</summary>
    public string ReadNuspec()
    {
        using ZipArchive nupkg = ZipFile.OpenRead(PackagePath);
        ZipArchiveEntry entry = nupkg.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => _workDirectory.Dispose();
}
