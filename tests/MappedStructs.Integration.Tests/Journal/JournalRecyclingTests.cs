using System;
using System.IO;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>
/// Retention recycles a retired cycle nobody maps as a later cycle, and deletes one a tailer still maps; the roll's sync
/// and commit run off the appender's thread, and a flush waits for them (docs/journal.md, "Rolling and retention").
/// A probe stream opened on cycle 0 tells the two apart: it holds the file, not its name, so after recycling its header
/// names a later cycle, and after a deletion it still names cycle 0. A plain stream takes no lock, so it does not stop
/// recycling; a tailer's mapping does.
/// </summary>
public sealed class JournalRecyclingTests : IDisposable
{
    private const string LinuxOnly = "Cycles are recycled only on Linux (open-file-description locks); elsewhere retention deletes them, as the other retention tests check.";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    private string CyclePath(long number) => Path.Combine(JournalPath, CycleFile.FileName(number));

    private static long NumberInHeader(FileStream probe)
    {
        byte[] header = new byte[64];
        probe.Position = 0;
        probe.ReadExactly(header);
        return BitConverter.ToInt64(header, JournalFormat.CycleNumberOffset);
    }

    private static FileStream Probe(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private string[] Spares() => Directory.GetFiles(JournalPath).Select(Path.GetFileName).Where(n => n!.StartsWith(JournalFormat.SparePrefix, StringComparison.Ordinal)).ToArray()!;

    [Fact]
    public void A_retired_cycle_nobody_maps_becomes_a_later_cycle_and_every_kept_message_reads_back_whole()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), LinuxOnly);
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024, KeepFiles = 2 });
        using JournalAppender appender = journal.CreateAppender();
        JournalReading.AppendChecked(appender, 10, 100);
        using FileStream probe = Probe(CyclePath(0));

        JournalReading.AppendChecked(appender, 6000, 100);
        appender.Flush();

        long reusedAs = NumberInHeader(probe);
        Assert.True(reusedAs > 2, $"cycle 0's file still holds cycle {reusedAs}: it was not recycled");
        Assert.Equal(2, Directory.GetFiles(JournalPath, "*.cycle").Length);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        System.Collections.Generic.List<long> read = JournalReading.DrainChecked(tailer, 100);
        Assert.Equal(6010, read[0] + read.Count);
    }

    [Fact]
    public void A_retired_cycle_a_tailer_still_maps_is_deleted_not_recycled()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), LinuxOnly);
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024, KeepFiles = 2 });
        using JournalAppender appender = journal.CreateAppender();
        JournalReading.AppendChecked(appender, 10, 100);
        using JournalTailer slow = journal.CreateTailer(JournalStart.Oldest);
        Assert.True(slow.TryRead(out _));
        using FileStream probe = Probe(CyclePath(0));

        JournalReading.AppendChecked(appender, 6000, 100);
        appender.Flush();

        Assert.False(File.Exists(CyclePath(0)));
        Assert.Equal(0, NumberInHeader(probe));
    }

    [Fact]
    public void With_RecycleFiles_off_retired_cycles_are_deleted_and_no_spare_is_kept()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024, KeepFiles = 2, RecycleFiles = false });
        using JournalAppender appender = journal.CreateAppender();
        JournalReading.AppendChecked(appender, 10, 100);
        using FileStream probe = Probe(CyclePath(0));

        JournalReading.AppendChecked(appender, 6000, 100);
        appender.Flush();

        Assert.Equal(0, NumberInHeader(probe));
        Assert.Empty(Spares());
    }

    [Fact]
    public void An_open_of_a_cycle_the_recycler_holds_reports_it_deleted_and_opens_once_it_lets_go()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), LinuxOnly);
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using (JournalAppender appender = journal.CreateAppender())
        {
            JournalReading.AppendChecked(appender, 10, 100);
        }

        using (var recycler = MappedFile.Open(CyclePath(0), MapAccess.ReadWrite))
        {
            Assert.True(recycler.TryLock(JournalFormat.CycleInUseLockOffset, 1, exclusive: true, out IDisposable? held));
            using (held)
            {
                Assert.Throws<FileNotFoundException>(() => journal.OpenCycle(0));
            }
        }

        using CycleFile opened = journal.OpenCycle(0);
        Assert.Equal(0, opened.Number);
    }

    [Fact]
    public void A_recycler_cannot_take_a_cycle_an_open_holds()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), LinuxOnly);
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using (JournalAppender appender = journal.CreateAppender())
        {
            JournalReading.AppendChecked(appender, 10, 100);
        }

        using (CycleFile reader = journal.OpenCycle(0))
        {
            Assert.Null(JournalSpareCycle.TryTake(CyclePath(0), journal.CycleSize));
            Assert.True(File.Exists(CyclePath(0)));
        }

        using var spare = JournalSpareCycle.TryTake(CyclePath(0), journal.CycleSize);
        Assert.NotNull(spare);
        Assert.False(File.Exists(CyclePath(0)));
        Assert.Single(Spares());
    }

    [Fact]
    public void The_appender_deletes_its_spare_when_disposed_and_a_new_appender_deletes_one_a_dead_appender_left()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), LinuxOnly);
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024, KeepFiles = 2 });
        using (JournalAppender appender = journal.CreateAppender())
        {
            JournalReading.AppendChecked(appender, 3000, 100);
            appender.Flush();
        }

        Assert.Empty(Spares());
        string leftover = Path.Combine(JournalPath, JournalFormat.SparePrefix + "000000000099" + JournalFormat.SpareSuffix);
        File.WriteAllBytes(leftover, new byte[4096]);
        using (JournalAppender next = journal.CreateAppender())
        {
            Assert.False(File.Exists(leftover));
        }
    }

    [Fact]
    public void A_flush_waits_for_the_rolls_work_so_its_commit_follows_the_newest_roll()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using JournalAppender appender = journal.CreateAppender();
        JournalReading.AppendChecked(appender, 3000, 100);
        appender.Flush();

        Assert.False(appender.RollWork.IsPending);
        long newest = CycleFile.List(JournalPath)[^1];
        Assert.True(newest >= 3);
        JournalCommit commit = journal.Meta.NewestCommit()!.Value;
        Assert.Equal(newest, commit.Cycle);
        Assert.Equal(3000, commit.NextSequence);
    }
}
