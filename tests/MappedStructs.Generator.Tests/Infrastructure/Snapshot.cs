using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using MappedStructs.Generator.Emitting;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Infrastructure;

/// <summary>Verifies a generator run's output against the snapshots beside the calling test file (class name = file name).</summary>
internal static class Snapshot
{
    /// <summary>What <see cref="ScrubVersion"/> writes in place of the generator's version.</summary>
    public const string VersionPlaceholder = "FIXED_VERSION";

    public static void Verify(GeneratorRunResult result, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var store = new SnapshotStore(SourcePaths.DirectoryOf(testFile), SnapshotStore.AcceptFromEnvironment);
        string? failure = store.Check(
            Path.GetFileNameWithoutExtension(testFile),
            method,
            result.GeneratedSources.Select(s => (s.HintName, ScrubVersion(s.SourceText.ToString()))).ToArray());
        Assert.True(failure is null, failure);
    }

    /// <summary>
    /// Replaces the generator's version in <c>[GeneratedCode]</c> with <see cref="VersionPlaceholder"/>, so that a version
    /// bump changes no snapshot: the snapshots record what the generator writes, not which build wrote it.
    /// </summary>
    public static string ScrubVersion(string generated) =>
        generated.Replace(VersionArguments(LayoutEmitter.Version), VersionArguments(VersionPlaceholder), StringComparison.Ordinal);

    private static string VersionArguments(string version) => $"(\"{AttributeNames.GeneratorTool}\", \"{version}\")";
}
