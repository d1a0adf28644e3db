using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Infrastructure;

/// <summary>Verifies a generator run's output against the snapshots beside the calling test file (class name = file name).</summary>
internal static class Snapshot
{
    public static void Verify(GeneratorRunResult result, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var store = new SnapshotStore(SourcePaths.DirectoryOf(testFile), SnapshotStore.AcceptFromEnvironment);
        string? failure = store.Check(
            Path.GetFileNameWithoutExtension(testFile),
            method,
            result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray());
        Assert.True(failure is null, failure);
    }
}
