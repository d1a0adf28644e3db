using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// TrimExcess and Upgrade of a table with a heap: both rewrite it as compaction does (a new heap holding the referenced
/// values under a new id, the old heap deleted after the rename), so the rewritten table names a heap with its values.
/// </summary>
public sealed class HeapRewriteTests : IDisposable
{
    private const string WindowsReason = "TrimExcess and Upgrade rename over the table, which Windows refuses while the file is mapped, so they throw PlatformNotSupportedException there.";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void TrimExcess_carries_the_values_into_a_compacted_heap_and_keeps_appending()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("notes.tbl");
        long live;
        using (var table = MappedTable<Note>.Create(path, 100))
        {
            live = 0;
            for (int i = 0; i < 20; i++)
            {
                table.Append(Note.Create(i, new byte[50]));
                CompactionFiles.Rewrite(table, i, CompactionFiles.BodyFor(i));
                live += CompactionFiles.Padded(CompactionFiles.BodyFor(i).Length);
            }

            string oldHeap = table.HeapStore!.Path;
            MappedRecord<Note> before = table[3];

            table.TrimExcess();

            Assert.Equal(20, table.Capacity);
            Assert.Equal(live, table.HeapLength);
            Assert.NotEqual(oldHeap, table.HeapStore!.Path);
            Assert.False(File.Exists(oldHeap));
            Assert.Equal(CompactionFiles.BodyFor(3), before.Load().Body);
            table.Append(Note.Create(20, [7, 7]));
            Assert.Equal([7, 7], table[20].Load().Body);
        }

        Assert.Single(CompactionFiles.HeapsBeside(path));
        CompactionFiles.AssertHoldsTheNotes(path, 20, count: 21);
    }

    [Fact]
    public void Upgrade_carries_the_values_into_a_heap_of_the_upgraded_table()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), WindowsReason);
        string path = _dir.File("memos.tbl");
        using (var table = MappedTable<V1.Memo>.Create(path, 4))
        {
            table.Append(new V1.Memo { Id = 1, Body = "first" });
            table.Append(new V1.Memo { Id = 2, Body = string.Empty });
            table.Append(new V1.Memo { Id = 3, Body = "third, longer than eight" });
            V1.Memo.Ref first = table[0];
            first.Body = "first, rewritten";
        }

        string oldHeap = Assert.Single(CompactionFiles.HeapsBeside(path));

        Assert.True(MappedTable<V2.Memo>.Upgrade(path));

        string newHeap = Assert.Single(CompactionFiles.HeapsBeside(path));
        Assert.NotEqual(oldHeap, newHeap);
        using var reader = ReadOnlyMappedTable<V2.Memo>.Open(path);
        Assert.Equal(3, reader.Count);
        Assert.Equal(16 + 24, reader.HeapLength);
        Assert.Equal("first, rewritten", reader[0].Load().Body);
        Assert.Equal(string.Empty, reader[1].Load().Body);
        Assert.Equal("third, longer than eight", reader[2].Load().Body);
        Assert.True(reader[2].Load().Attachment.IsEmpty);
    }
}
