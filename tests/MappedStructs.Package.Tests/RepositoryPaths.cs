using System;
using System.IO;

namespace MappedStructs.Package.Tests;

/// <summary>Finds the repository this test assembly was built from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string RuntimeProject => Path.Combine(Root, "src", "MappedStructs.Runtime", "MappedStructs.Runtime.csproj");

    public static string BuildConfiguration =>
#if DEBUG_BUILD
        "Debug";
#else
        "Release";
#endif

    private static string FindRoot()
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
