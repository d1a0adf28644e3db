using System;
using System.Threading;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalTailerWaitTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    [Theory]
    [InlineData(JournalWait.BusySpin)]
    [InlineData(JournalWait.SpinThenYield)]
    [InlineData(JournalWait.Blocking)]
    public void A_tailer_waiting_on_a_journal_without_a_cycle_file_reads_the_first_message_once_an_appender_starts(JournalWait wait)
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        var writer = new Thread(() =>
        {
            Thread.Sleep(50);
            using JournalAppender appender = journal.CreateAppender();
            appender.Append("first"u8);
        });
        writer.Start();
        Assert.True(tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(30), wait, TestContext.Current.CancellationToken));
        Assert.Equal("first"u8.ToArray(), message.Payload.ToArray());
        writer.Join();
    }

    [Fact]
    public void A_blocking_tailer_touches_the_pages_ahead_of_its_position_and_then_reads_the_messages_written_there()
    {
        JournalWait wait = JournalWait.Blocking;
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 1L << 20 });
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        JournalReading.AppendChecked(appender, 10, 64);
        Assert.Equal(10, JournalReading.DrainChecked(tailer, 64).Count);
        Assert.Equal(0, tailer.TouchedAheadTo);

        // A wait that times out took a round per page at most: from the read position up to 256 KiB ahead, and no further.
        for (int attempt = 0; attempt < 200 && tailer.TouchedAheadTo < 4096 + (256 * 1024); attempt++)
        {
            Assert.False(tailer.Read(out _, TimeSpan.FromMilliseconds(5), wait, TestContext.Current.CancellationToken));
        }

        Assert.InRange(tailer.TouchedAheadTo, 4096 + (256 * 1024), 4096 + (256 * 1024) + 8192);
        JournalReading.AppendChecked(appender, 4000, 64);
        Assert.Equal(4000, JournalReading.DrainChecked(tailer, 64).Count);
    }

    // Timed on the 2-vCPU VM (2026-12-02 02:31-02:34 UTC, bench/JournalLatency): touching ahead from the spin loop took the
    // busy-spin tailer's p99 from 52 us to 20-29 ms, so spinning waits leave the pages to the faults of the reads themselves.
    [Theory]
    [InlineData(JournalWait.BusySpin)]
    [InlineData(JournalWait.SpinThenYield)]
    public void A_spinning_tailer_touches_no_page_ahead_and_then_reads_the_messages_written_there(JournalWait wait)
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 1L << 20 });
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        JournalReading.AppendChecked(appender, 10, 64);
        Assert.Equal(10, JournalReading.DrainChecked(tailer, 64).Count);
        for (int attempt = 0; attempt < 20; attempt++)
        {
            Assert.False(tailer.Read(out _, TimeSpan.FromMilliseconds(5), wait, TestContext.Current.CancellationToken));
        }

        Assert.Equal(0, tailer.TouchedAheadTo);
        JournalReading.AppendChecked(appender, 4000, 64);
        Assert.Equal(4000, JournalReading.DrainChecked(tailer, 64).Count);
    }
}
