using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// <c>Create</c> over a table with a heap replaces the table on the path and deletes the heap the old table named, which
/// no table names any more; a reader that has the old table open keeps reading it.
/// </summary>
public sealed class CreateOverTableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Create_over_a_table_deletes_the_heap_the_old_table_named()
    {
        string path = _dir.File("notes.tbl");
        string oldHeap = HeapFiles.CreateTable(path, [1, 2, 3], [4]);

        using (var created = MappedTable<Note>.Create(path, 4))
        {
            created.Append(Note.Create(0, [9, 9]));
            string newHeap = created.HeapStore!.Path;
            Assert.NotEqual(oldHeap, newHeap);
            Assert.False(File.Exists(oldHeap));
            Assert.Equal([newHeap], HeapFiles.Of(_dir.Path, "notes.tbl"));
        }

        using var reopened = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal(1, reopened.Count);
        Assert.Equal([9, 9], reopened[0].Load().Body);
    }

    [Fact]
    public void A_reader_of_the_replaced_table_keeps_reading_its_values()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows refuses to replace a file another handle has mapped (Create then throws IOException, a documented case).");
        string path = _dir.File("notes.tbl");
        HeapFiles.CreateTable(path, [1, 2, 3], [4]);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);

        using (MappedTable<Note>.Create(path, 4))
        {
        }

        Assert.Equal(2, reader.Count);
        Assert.Equal([1, 2, 3], reader[0].Load().Body);
        Assert.Equal([4], reader[1].Load().Body);
    }

    [Fact]
    public void Create_over_a_file_that_is_not_a_table_replaces_it_and_deletes_nothing_else()
    {
        string path = _dir.File("notes.tbl");
        File.WriteAllText(path, "not a table");
        string bystander = _dir.File("notes.tbl.0123456789abcdef0123456789abcdef.heap");
        File.WriteAllText(bystander, "left alone");

        using (var created = MappedTable<Note>.Create(path, 4))
        {
            created.Append(Note.Create(0, [7]));
        }

        Assert.True(File.Exists(bystander));
        using var reopened = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal([7], reopened[0].Load().Body);
    }
}
