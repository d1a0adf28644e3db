using System;
using System.Collections.Generic;
using System.IO;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// Power loss of a table with a heap, as <see cref="PowerLossTests"/> makes it for fixed records: both files live on ext4 in
/// an image attached to a loop device with direct I/O; a writer child appends self-checking <see cref="IndexedNote"/>
/// records (each with a [Blob] and a [Text] value), flushes, and writes both header pages back early, some trials right
/// after a heap or table growth, so that the header on disk publishes a heap length (or stores a capacity) past the end of
/// the file's length on disk. It is killed at a random moment, the image copied at once, the copy mounted (its journal
/// replayed), and the table opened read-only, checked record by record, then opened ReadWrite and extended.
/// </summary>
public sealed class HeapPowerLossTests : IDisposable
{
    private const long ImageBytes = 64L << 20;

    // About 20 MB of heap in a 32 MB heap file, and 4 MB of records: the image holds one trial's files with room to spare.
    private const long MaxRecords = 120_000;
    private const int Trials = 16;
    private const string TableName = "notes.tbl";

    // Most trials aim at the heap's stale state, the one this test exists for; the others at the table's, at early header
    // write-backs and at any moment.
    private static readonly HeapKillMoment[] s_moments =
    [
        HeapKillMoment.AfterHeapGrowth, HeapKillMoment.AfterHeaderWriteBacks, HeapKillMoment.AfterHeapGrowth,
        HeapKillMoment.AfterTableGrowth, HeapKillMoment.AfterHeapGrowth, HeapKillMoment.AfterDelay,
    ];

    private readonly TempDirectory _dir = new("mappedstructs-heap-powerloss-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void After_power_loss_a_table_with_a_heap_opens_with_every_committed_record_and_value_intact_and_a_new_writer_extends_it()
    {
        Assert.SkipWhen(LoopDeviceImage.UnavailableReason is not null, $"Needs a loop device: {LoopDeviceImage.UnavailableReason}.");
        var random = new Random(Environment.TickCount);
        var failures = new List<string>();
        var log = new List<string>();
        int heapPastFileEnd = 0;
        int capacityPastFileEnd = 0;
        string image = _dir.File("disk.img");
        string copy = _dir.File("copy.img");
        using var disk = LoopDeviceImage.CreateExt4(image, ImageBytes, _dir.File("disk"));
        string table = Path.Combine(disk.MountPoint, TableName);
        for (int t = 0; t < Trials; t++)
        {
            DeleteTable(disk.MountPoint);
            var trial = HeapWriterCrashTrial.Random(random, s_moments[t % s_moments.Length], MaxRecords);
            long committed = trial.RunAndKill(table);
            File.Copy(image, copy, overwrite: true);
            using (var afterPowerLoss = LoopDeviceImage.Mount(copy, _dir.File("copy")))
            {
                string afterPath = Path.Combine(afterPowerLoss.MountPoint, TableName);
                string[] heaps = HeapFiles.Of(afterPowerLoss.MountPoint, TableName);
                Assert.True(heaps.Length == 1, $"trial {t} ({trial}): {heaps.Length} heap files beside the table after the power loss");
                bool heapStale = PowerLossStates.HeapPublishedPastFileEnd(heaps[0]);
                bool capacityStale = PowerLossStates.CapacityPastFileEnd(afterPath);
                heapPastFileEnd += heapStale ? 1 : 0;
                capacityPastFileEnd += capacityStale ? 1 : 0;
                string state = $"trial {t} ({trial}; heap published past its end: {heapStale}, capacity past its end: {capacityStale})";
                string? failure = Check(afterPath, committed, state);
                log.Add($"{state}: {committed} committed, {(failure is null ? "every record whole" : "FAILED")}");
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }

            File.Delete(copy);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{failures.Count} of {Trials} trials failed; {heapPastFileEnd} left the heap's published length past the heap file's end, {capacityPastFileEnd} the table's capacity past the table file's end\n{string.Join('\n', log)}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Trials} trials:\n{string.Join('\n', failures)}");
    }

    // What is wrong with the table the power loss left, or null: it must open read-only with at least the committed count
    // and every record whole, then open ReadWrite at that count and take more records.
    private static string? Check(string path, long committed, string trial)
    {
        try
        {
            (long count, long bad, string? first) = IndexedNotes.Verify(path);
            if (bad > 0)
            {
                return $"{trial}: {bad} of {count} records are not what was written ({committed} committed); first: {first}";
            }

            if (count < committed)
            {
                return $"{trial}: opened with {count} records, fewer than the {committed} committed";
            }

            long reopened = IndexedNotes.Extend(path, extra: 5);
            if (reopened != count)
            {
                return $"{trial}: opened ReadWrite with {reopened} records, read-only with {count}";
            }

            // The new writer resumed the heap at its committed length: had it resumed lower, its values overwrote older ones.
            (long extended, long badAfter, string? firstAfter) = IndexedNotes.Verify(path);
            return extended == count + 5 && badAfter == 0
                ? null
                : $"{trial}: after the new writer appended 5 to {count} records, {extended} records, {badAfter} wrong; first: {firstAfter}";
        }
        catch (Exception e) when (e is InvalidTableFileException or IOException or InvalidOperationException)
        {
            // A file that does not open after a completed flush breaks the promise as surely as garbage does.
            return $"{trial}: does not open or extend ({committed} committed): {e.GetType().Name}: {e.Message}";
        }
    }

    private static void DeleteTable(string directory)
    {
        File.Delete(Path.Combine(directory, TableName));
        foreach (string heap in HeapFiles.Of(directory, TableName))
        {
            File.Delete(heap);
        }
    }
}
