using System;
using System.Diagnostics;
using System.Threading;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// Crash safety of compaction: a child compacts a table over and over and is SIGKILLed at a random moment; the table then
/// opens with every value whole, either the original heap or a compacted one, and the next compaction removes the heap
/// files the kill left behind.
/// </summary>
public sealed class CompactionCrashTests : IDisposable
{
    private const int Records = 3_000;
    private const int Trials = 24;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_process_killed_while_compacting_leaves_the_original_or_the_compacted_table_whole()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Compact renames over the table, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there.");
        var random = new Random(15);
        int originals = 0;
        int compacted = 0;
        int orphansLeft = 0;
        for (int trial = 0; trial < Trials; trial++)
        {
            string path = _dir.File($"kill-{trial}.tbl");
            long live = CompactionFiles.CreateWithGarbage(path, Records);
            long original = HeapLength(path);

            using (Process child = ProcessLauncher.Start(ProcessLauncher.DotnetProgram(typeof(CompactionChild).Assembly.Location, CompactionChild.Argument, path, "loop")))
            {
                Assert.Equal("compacting", child.StandardOutput.ReadLine());
                Thread.Sleep(random.Next(0, 500));
                child.Kill();
                child.WaitForExit();
            }

            CompactionFiles.AssertHoldsTheNotes(path, Records);
            long length = HeapLength(path);
            Assert.True(length == original || length == live, $"trial {trial}: heap length {length}, neither the original {original} nor the compacted {live}");
            if (length == original)
            {
                originals++;
            }
            else
            {
                compacted++;
            }

            int heaps = CompactionFiles.HeapsBeside(path).Length;
            orphansLeft += heaps - 1;
            Assert.Equal(heaps - 1, MappedTable<Note>.Compact(path).OrphanHeapsRemoved);
            Assert.Single(CompactionFiles.HeapsBeside(path));
            CompactionFiles.AssertHoldsTheNotes(path, Records);
        }

        Assert.Equal(Trials, originals + compacted);

        // The kills fell inside compactions (between making a new heap and deleting the old one), not only between them.
        Assert.True(orphansLeft > 0, $"no kill left an orphan heap ({originals} original, {compacted} compacted)");
    }

    private static long HeapLength(string path)
    {
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        return reader.HeapLength;
    }
}
