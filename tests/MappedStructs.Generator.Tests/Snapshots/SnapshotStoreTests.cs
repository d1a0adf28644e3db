using System;
using System.IO;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Snapshots;

/// <summary>The snapshot helper itself: it must fail on a mismatch, accept on request, and catch stale and orphaned files.</summary>
public sealed class SnapshotStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mappedstructs-snapshots-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    [Fact]
    public void Matching_text_passes_and_line_endings_do_not_matter()
    {
        File.WriteAllText(PathOf("C.M#A.g.verified.cs"), "one\ntwo\n");
        Assert.Null(new SnapshotStore(_directory, accept: false).Check("C", "M", [("A.g.cs", "one\r\ntwo\r\n")]));
    }

    [Fact]
    public void Mismatch_writes_received_and_fails_with_a_unified_diff()
    {
        File.WriteAllText(PathOf("C.M#A.g.verified.cs"), "one\ntwo\n");
        string? failure = new SnapshotStore(_directory, accept: false).Check("C", "M", [("A.g.cs", "one\nthree\n")]);

        Assert.NotNull(failure);
        Assert.Contains("-two", failure, StringComparison.Ordinal);
        Assert.Contains("+three", failure, StringComparison.Ordinal);
        Assert.Equal("one\nthree\n", File.ReadAllText(PathOf("C.M#A.g.received.cs")));
        Assert.Equal("one\ntwo\n", File.ReadAllText(PathOf("C.M#A.g.verified.cs")));
    }

    [Fact]
    public void Missing_verified_file_fails()
    {
        string? failure = new SnapshotStore(_directory, accept: false).Check("C", "M", [("A.g.cs", "new\n")]);
        Assert.NotNull(failure);
        Assert.True(File.Exists(PathOf("C.M#A.g.received.cs")));
    }

    [Fact]
    public void Accept_writes_verified_and_removes_received()
    {
        File.WriteAllText(PathOf("C.M#A.g.received.cs"), "old received\n");
        Assert.Null(new SnapshotStore(_directory, accept: true).Check("C", "M", [("A.g.cs", "accepted\n")]));
        Assert.Equal("accepted\n", File.ReadAllText(PathOf("C.M#A.g.verified.cs")));
        Assert.False(File.Exists(PathOf("C.M#A.g.received.cs")));
    }

    [Fact]
    public void A_verified_file_the_test_no_longer_produces_fails_unless_accepted()
    {
        File.WriteAllText(PathOf("C.M#A.g.verified.cs"), "a\n");
        File.WriteAllText(PathOf("C.M#Gone.g.verified.cs"), "gone\n");

        string? failure = new SnapshotStore(_directory, accept: false).Check("C", "M", [("A.g.cs", "a\n")]);
        Assert.Contains("C.M#Gone.g.verified.cs", failure, StringComparison.Ordinal);

        Assert.Null(new SnapshotStore(_directory, accept: true).Check("C", "M", [("A.g.cs", "a\n")]));
        Assert.False(File.Exists(PathOf("C.M#Gone.g.verified.cs")));
    }

    [Fact]
    public void Orphans_are_verified_files_of_unknown_tests()
    {
        File.WriteAllText(PathOf("C.M#A.g.verified.cs"), "a\n");
        File.WriteAllText(PathOf("C.Removed#A.g.verified.cs"), "a\n");
        Assert.Equal(["C.Removed#A.g.verified.cs"], SnapshotStore.Orphans(_directory, ["C.M"]));
    }
}
