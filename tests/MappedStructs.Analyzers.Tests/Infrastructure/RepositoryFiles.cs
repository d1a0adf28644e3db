using System;
using System.IO;

namespace MappedStructs.Analyzers.Tests.Infrastructure;

/// <summary>Files of this repository that tests compare with the code: docs, release tracking, the runtime's sources.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root: the nearest folder above the test binaries that holds MappedStructs.sln.</summary>
    internal static string Root { get; } = FindRoot();

    /// <summary>The text of the file at <paramref name="relativePath"/> (segments separated by '/') below <see cref="Root"/>.</summary>
    internal static string Read(string relativePath)
        => File.ReadAllText(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MappedStructs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MappedStructs.sln not found above " + AppContext.BaseDirectory);
    }
}
