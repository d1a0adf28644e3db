using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalPretoucherTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    [Fact]
    public void The_pretoucher_touches_the_pages_ahead_of_the_write_position_without_changing_a_byte_a_tailer_could_read()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 4L << 20, Pretouch = true });
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        JournalPretoucher pretoucher = appender.Pretoucher!;
        Assert.NotNull(pretoucher);
        JournalReading.AppendChecked(appender, 100, 64);

        // 1 MiB ahead of a write position inside the second page: the pages after it, 256 or 255 of them.
        WaitUntil(() => pretoucher.TouchedPages >= 255);
        Assert.Equal(100, JournalReading.DrainChecked(tailer, 64).Count);
        Assert.False(tailer.TryRead(out _));
        long tail = AllZeroFrom(Path.Combine(JournalPath, "000000000000.cycle"));
        Assert.InRange(tail, 4096 + 3000, 4096 + 10_000);

        JournalReading.AppendChecked(appender, 5, 64);
        Assert.Equal(5, JournalReading.DrainChecked(tailer, 64).Count);
    }

    [Fact]
    public void The_pretoucher_follows_the_appender_across_rolls_and_every_message_reads_back_whole()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024, Pretouch = true });
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        JournalPretoucher pretoucher = appender.Pretoucher!;
        long read = 0;
        for (int round = 0; round < 40; round++)
        {
            JournalReading.AppendChecked(appender, 200, 300);
            Thread.Sleep(2);
            read += JournalReading.DrainChecked(tailer, 300).Count;
        }

        Assert.Equal(8000, read);
        Assert.True(Directory.GetFiles(JournalPath, "*.cycle").Length > 10);
        Assert.True(pretoucher.TouchedPages > 15 * 10, $"touched {pretoucher.TouchedPages} pages");
        string[] cycles = Directory.GetFiles(JournalPath, "*.cycle");
        Array.Sort(cycles, StringComparer.Ordinal);
        Assert.InRange(AllZeroFrom(cycles[^1]), 4096, (64 * 1024) - 32);
    }

    [Fact]
    public void Disposing_the_appender_stops_the_pretoucher_thread_before_its_cycle_is_unmapped()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024, Pretouch = true });
        JournalAppender appender = journal.CreateAppender();
        JournalPretoucher pretoucher = appender.Pretoucher!;
        JournalReading.AppendChecked(appender, 10, 64);
        WaitUntil(() => pretoucher.TouchedPages > 0);
        Assert.True(pretoucher.IsRunning);
        appender.Dispose();
        Assert.False(pretoucher.IsRunning);
        long touched = pretoucher.TouchedPages;
        Thread.Sleep(20);
        Assert.Equal(touched, pretoucher.TouchedPages);

        using JournalAppender next = journal.CreateAppender();
        Assert.NotSame(pretoucher, next.Pretoucher);
        Assert.True(next.Pretoucher!.IsRunning);
        Assert.Equal(10, next.NextSequence);
    }

    [Fact]
    public void Disposing_the_journal_from_another_thread_while_a_batch_is_open_stops_the_pretoucher_after_the_batch_is_published()
    {
        var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024, Pretouch = true });
        JournalAppender appender = journal.CreateAppender();
        JournalPretoucher pretoucher = appender.Pretoucher!;
        using (JournalBatch batch = appender.ClaimBatch(4, 16))
        {
            var disposer = new Thread(journal.Dispose);
            disposer.Start();
            Assert.True(disposer.Join(TimeSpan.FromSeconds(30)));
            Assert.True(pretoucher.IsRunning);
            for (int i = 0; i < batch.Count; i++)
            {
                JournalPayloads.Fill(batch.FirstSequence + i, batch.Payload(i));
            }

            Assert.Equal(0, batch.Publish());
        }

        Assert.False(pretoucher.IsRunning);
        using var reopened = MappedJournal.Open(JournalPath);
        using JournalTailer tailer = reopened.CreateTailer(JournalStart.Oldest);
        Assert.Equal(4, JournalBatchTests.DrainAnyLength(tailer).Count);
    }

    [Fact]
    public void Without_the_option_there_is_no_pretoucher()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalAppender appender = journal.CreateAppender();
        Assert.Null(appender.Pretoucher);
    }

    /// <summary>The offset from which the file holds only zero bytes (read through the file, not the mapping).</summary>
    private static long AllZeroFrom(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        int last = Array.FindLastIndex(bytes, b => b != 0);
        return last + 1;
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the pretoucher did not touch the pages in 30 s");
            Thread.Sleep(1);
        }
    }
}
