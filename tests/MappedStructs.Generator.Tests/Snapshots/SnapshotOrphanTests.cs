using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Snapshots;

/// <summary>Fails the run when a verified snapshot belongs to no test method any more (a renamed or deleted test).</summary>
public class SnapshotOrphanTests
{
    [Fact]
    public void Every_verified_file_belongs_to_a_snapshot_test()
    {
        string[] knownTests = typeof(SnapshotTests)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
            .Select(m => $"{nameof(SnapshotTests)}.{m.Name}")
            .ToArray();

        Assert.Empty(SnapshotStore.Orphans(SourceDirectory(), knownTests));
    }

    private static string SourceDirectory([CallerFilePath] string file = "") => SourcePaths.DirectoryOf(file);
}
