using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Package.Tests;

/// <summary>Finds the repository this test assembly was built from.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string RuntimeProject => Path.Combine(Root, "src", "MappedStructs.Runtime", "MappedStructs.Runtime.csproj");

    public static string BuildConfiguration =>
#if DEBUG_BUILD
        "Debug";
#else
        "Release";
#endif
}
