using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalBatchCrossProcessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void A_million_messages_appended_in_batches_by_another_process_with_its_pretoucher_arrive_in_order_exactly_once()
    {
        const long Messages = 1_000_000;
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 8L << 20 });
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        using Process appender = JournalChildProcess.Start("append-batches", JournalPath, Text(Messages), "64", "24", "true");
        for (long i = 0; i < Messages; i++)
        {
            Assert.True(tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(60), JournalWait.BusySpin, TestContext.Current.CancellationToken), $"message {i} did not arrive");
            Assert.Equal(i, message.Sequence);
            if (JournalPayloads.ProblemAtAnyLength(i, message.Payload) is { } problem)
            {
                Assert.Fail(problem);
            }
        }

        Assert.False(tailer.TryRead(out _));
        ProcessOutcome appended = JournalChildProcess.Finish(appender);
        Assert.True(appended.ExitCode == 0, appended.OutputAndErrors);
        Assert.Contains($"done {Messages}", appended.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_appenders_killed_at_random_points_in_20_trials_never_leave_a_torn_message_and_the_next_appender_goes_on()
    {
        MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 }).Dispose();
        var random = new Random(17);
        using var journal = MappedJournal.Open(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        long next = 0;
        for (int trial = 0; trial < 20; trial++)
        {
            using Process child = JournalChildProcess.Start("append-batches-forever", JournalPath, "40", Text(8 + (trial * 13)));
            JournalChildProcess.ExpectLine(child, "appending");
            System.Threading.Thread.Sleep(random.Next(1, 60));
            JournalChildProcess.KillHard(child);
            foreach (long sequence in JournalBatchTests.DrainAnyLength(tailer))
            {
                Assert.Equal(next, sequence);
                next++;
            }
        }

        using (var recovered = MappedJournal.Open(JournalPath))
        using (JournalAppender appender = recovered.CreateAppender())
        {
            Assert.Equal(next, appender.NextSequence);
            JournalBatchTests.AppendBatchChecked(appender, 50, 100);
        }

        Assert.Equal(50, JournalBatchTests.DrainAnyLength(tailer).Count);
        using JournalTailer again = journal.CreateTailer(JournalStart.Oldest);
        Assert.Equal(next + 50, JournalBatchTests.DrainAnyLength(again).Count);
        Assert.True(Directory.GetFiles(JournalPath, "*.cycle").Length > 20, "the trials rolled files, so some kills landed near rolls");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_appender_killed_with_a_batch_claimed_or_half_published_leaves_none_of_it_and_recovery_gives_its_sequences_to_the_next_messages(bool laterFramesPublished)
    {
        const int Count = 6;
        const int Stride = 72; // a 32-byte frame header and a 40-byte TradePrint
        MappedJournal.Create(JournalPath).Dispose();
        using Process child = JournalChildProcess.Start("claim-batch-and-hang", JournalPath, Text(Count));
        Assert.Equal("claimed 0", JournalChildProcess.ExpectLine(child, "claimed"));
        string cycle = Path.Combine(JournalPath, "000000000000.cycle");
        if (laterFramesPublished)
        {
            // Killed inside Publish: every frame after the first is published, the first (which tailers wait on) is not.
            for (int i = 1; i < Count; i++)
            {
                JournalFileBytes.WriteInt32(cycle, 4096 + (i * Stride), Stride);
            }
        }

        using var journal = MappedJournal.Open(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Assert.False(tailer.TryRead(out _));
        JournalChildProcess.KillHard(child);

        using var recovered = MappedJournal.Open(JournalPath);
        using (JournalAppender appender = recovered.CreateAppender())
        {
            Assert.Equal(0, appender.NextSequence);

            // Messages of another length than the dead frames: nothing of those frames may be read as the start of a new one.
            JournalReading.AppendChecked(appender, 20, 300);
        }

        Assert.Equal(20, JournalReading.DrainChecked(tailer, 300).Count);
        using JournalTailer again = recovered.CreateTailer(JournalStart.Oldest);
        Assert.Equal(20, JournalReading.DrainChecked(again, 300).Count);
    }
}
