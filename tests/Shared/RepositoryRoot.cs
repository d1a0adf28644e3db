using System;
using System.IO;

namespace MappedStructs.TestSupport;

/// <summary>The repository a test assembly was built from: the nearest directory above it holding MappedStructs.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MappedStructs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"MappedStructs.sln not found above {AppContext.BaseDirectory}.");
    }
}
