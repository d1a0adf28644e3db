using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace MappedStructs.Generator.Tests.Infrastructure;

/// <summary>Finds a test source file's directory even when the build path-mapped <c>CallerFilePath</c> (deterministic CI builds).</summary>
internal static class SourcePaths
{
    private const string ProjectName = "MappedStructs.Generator.Tests";

    public static string DirectoryOf(string callerFilePath)
    {
        string? directory = Path.GetDirectoryName(callerFilePath);
        if (directory is not null && Directory.Exists(directory))
        {
            return directory;
        }

        string projectDirectory = typeof(SourcePaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;
        string normalized = callerFilePath.Replace('\\', '/');
        int at = normalized.LastIndexOf(ProjectName + "/", StringComparison.Ordinal);
        string relative = at < 0 ? string.Empty : Path.GetDirectoryName(normalized[(at + ProjectName.Length + 1)..]) ?? string.Empty;
        return Path.Combine(projectDirectory, relative);
    }
}
