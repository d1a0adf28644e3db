using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// Power loss, as near as a test gets to it: the table lives on ext4 in an image attached to a loop device with direct
/// I/O, so the image file holds what the disk holds and none of the file system's page cache. A writer child appends,
/// flushes, and writes the header page back early now and then (as the OS may); it is killed at a random moment, and the
/// image is copied at once: the copy is what the disk held when the power went. The copy is mounted (its journal
/// replayed, as at the next boot) and the table opened and checked record by record.
/// </summary>
public sealed class PowerLossTests : IDisposable
{
    private const long ImageBytes = 96L << 20;
    private const long MaxRecords = 1_000_000;

    private readonly TempDirectory _dir = new("mappedstructs-powerloss-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void After_power_loss_the_table_opens_with_every_committed_record_intact_and_no_record_beyond_the_disk()
    {
        Assert.SkipWhen(LoopDeviceImage.UnavailableReason is not null, $"Needs a loop device: {LoopDeviceImage.UnavailableReason}.");
        const int Trials = 20;
        var random = new Random(Environment.TickCount);
        string[] failures = RunTrials(Trials, random, protocol: true, out long[] committed, out long[] counts);

        Assert.True(failures.Length == 0, $"{failures.Length} of {Trials} trials:\n{string.Join('\n', failures)}");
        for (int t = 0; t < Trials; t++)
        {
            Assert.True(counts[t] >= committed[t], $"trial {t}: opened with {counts[t]} records, fewer than the {committed[t]} committed");
        }
    }

    [Fact]
    public void Without_the_commit_protocol_a_header_written_back_early_serves_records_that_never_reached_the_disk()
    {
        // The failure the protocol exists for (issue 18.1): the live count reaches the disk with the header page ahead of
        // the records it covers. Killing right after an early header write-back makes that the state at power loss.
        Assert.SkipWhen(LoopDeviceImage.UnavailableReason is not null, $"Needs a loop device: {LoopDeviceImage.UnavailableReason}.");
        const int Trials = 6;
        var random = new Random(Environment.TickCount);
        string[] failures = RunTrials(Trials, random, protocol: false, out _, out _, killAfterHeaderWriteBack: true);

        Assert.True(failures.Length > 0, $"no trial of {Trials} without the protocol served a record that was not on disk; the test would not see the failure it guards against");
    }

    private string[] RunTrials(int trials, Random random, bool protocol, out long[] committed, out long[] counts, bool killAfterHeaderWriteBack = false)
    {
        committed = new long[trials];
        counts = new long[trials];
        var failures = new System.Collections.Generic.List<string>();
        int pastFileEnd = 0;
        string image = _dir.File("disk.img");
        string copy = _dir.File("copy.img");
        using var disk = LoopDeviceImage.CreateExt4(image, ImageBytes, _dir.File("disk"));
        string table = Path.Combine(disk.MountPoint, "ticks.tbl");
        for (int t = 0; t < trials; t++)
        {
            var trial = WriterCrashTrial.Random(random, protocol, MaxRecords);
            if (killAfterHeaderWriteBack)
            {
                trial = trial with { KillAfterHeaderLines = random.Next(1, 4) };
            }

            committed[t] = trial.RunAndKill(table);
            File.Copy(image, copy, overwrite: true);
            using (var afterPowerLoss = LoopDeviceImage.Mount(copy, _dir.File("copy")))
            {
                try
                {
                    string afterPath = Path.Combine(afterPowerLoss.MountPoint, "ticks.tbl");
                    pastFileEnd += PowerLossStates.CapacityPastFileEnd(afterPath) ? 1 : 0;
                    (long count, long bad) = WriterCrashTrial.Verify(afterPath, protocol);
                    counts[t] = count;
                    if (bad > 0)
                    {
                        failures.Add($"trial {t} ({trial}): {bad} of {count} records are not what was written ({committed[t]} committed)");
                    }
                }
                catch (InvalidTableFileException e)
                {
                    // A file that does not open after a completed flush breaks the promise as surely as garbage does.
                    failures.Add($"trial {t} ({trial}): does not open ({committed[t]} committed): {e.Message}");
                }
            }

            File.Delete(copy);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"protocol {(protocol ? "on" : "off")}: {failures.Count} of {trials} trials failed; {pastFileEnd} left a capacity past the file's end\n{string.Join('\n', failures)}");
        return [.. failures];
    }
}
