using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalCrossProcessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void A_million_messages_from_another_process_arrive_in_order_exactly_once_at_a_spinning_and_a_blocking_tailer()
    {
        const long Messages = 1_000_000;
        const int MaxPayload = 24;
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 8L << 20 });
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        using Process blockingReader = JournalChildProcess.Start("tail", JournalPath, "blocking", Text(Messages), Text(MaxPayload), nameof(JournalWait.Blocking));
        using Process appender = JournalChildProcess.Start("append", JournalPath, Text(Messages), Text(MaxPayload));

        long? previous = null;
        for (long i = 0; i < Messages; i++)
        {
            Assert.True(tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(60), JournalWait.BusySpin, TestContext.Current.CancellationToken), $"message {i} did not arrive");
            JournalReading.Check(message, MaxPayload, previous);
            previous = message.Sequence;
        }

        Assert.False(tailer.TryRead(out _));
        ProcessOutcome appended = JournalChildProcess.Finish(appender);
        Assert.True(appended.ExitCode == 0, appended.OutputAndErrors);
        Assert.Contains($"done {Messages}", appended.Output, StringComparison.Ordinal);
        ProcessOutcome read = JournalChildProcess.Finish(blockingReader);
        Assert.True(read.ExitCode == 0, read.OutputAndErrors);
        Assert.Contains($"read {Messages} last {Messages - 1}", read.Output, StringComparison.Ordinal);
        Assert.Equal(Messages, journal.CursorPosition("blocking"));
    }

    [Fact]
    public void An_appender_in_another_process_refuses_a_second_one_until_it_is_killed()
    {
        MappedJournal.Create(JournalPath).Dispose();
        using Process holder = JournalChildProcess.Start("hold-appender", JournalPath);
        JournalChildProcess.ExpectLine(holder, "holding");
        using var journal = MappedJournal.Open(JournalPath);
        IOException refused = Assert.Throws<IOException>(() => journal.CreateAppender());
        Assert.Contains("already has an appender", refused.Message, StringComparison.Ordinal);
        JournalChildProcess.KillHard(holder);
        using JournalAppender appender = journal.CreateAppender();
        Assert.Equal(0, appender.Append("mine"u8));
    }

    [Fact]
    public void An_appender_killed_mid_message_leaves_nothing_visible_and_the_next_appender_gives_its_sequence_to_the_next_message()
    {
        using (var created = MappedJournal.Create(JournalPath))
        using (JournalAppender first = created.CreateAppender())
        {
            JournalReading.AppendChecked(first, 10, 64);
        }

        using Process child = JournalChildProcess.Start("claim-and-hang", JournalPath);
        Assert.Equal("claimed 10", JournalChildProcess.ExpectLine(child, "claimed"));
        using var journal = MappedJournal.Open(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Assert.Equal(10, JournalReading.DrainChecked(tailer, 64).Count);
        JournalChildProcess.KillHard(child);
        Assert.False(tailer.TryRead(out _));

        using var recovered = MappedJournal.Open(JournalPath);
        using JournalAppender appender = recovered.CreateAppender();
        Assert.Equal(10, appender.NextSequence);
        JournalReading.AppendChecked(appender, 5, 64);
        Assert.True(tailer.TryRead(out JournalMessage next));
        JournalReading.Check(next, 64, 9);
        Assert.Equal(4, JournalReading.DrainChecked(tailer, 64).Count);
    }

    [Fact]
    public void Appenders_killed_at_random_points_in_25_trials_never_leave_a_torn_message_and_the_next_appender_goes_on()
    {
        const int MaxPayload = 300;
        MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 }).Dispose();
        var random = new Random(17);
        using var journal = MappedJournal.Open(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        long? last = null;
        for (int trial = 0; trial < 25; trial++)
        {
            using Process child = JournalChildProcess.Start("append-forever", JournalPath, Text(MaxPayload));
            JournalChildProcess.ExpectLine(child, "appending");
            System.Threading.Thread.Sleep(random.Next(1, 60));
            JournalChildProcess.KillHard(child);

            // A tailer in another process sees every whole message, in order, and nothing of the one being written.
            foreach (long sequence in JournalReading.DrainChecked(tailer, MaxPayload))
            {
                Assert.Equal((last ?? -1) + 1, sequence);
                last = sequence;
            }
        }

        using (var recovered = MappedJournal.Open(JournalPath))
        using (JournalAppender appender = recovered.CreateAppender())
        {
            Assert.Equal((last ?? -1) + 1, appender.NextSequence);
            JournalReading.AppendChecked(appender, 100, MaxPayload);
        }

        Assert.Equal(100, JournalReading.DrainChecked(tailer, MaxPayload).Count);
        using JournalTailer again = journal.CreateTailer(JournalStart.Oldest);
        Assert.Equal((last ?? -1) + 101, JournalReading.DrainChecked(again, MaxPayload).Count);
        Assert.True(Directory.GetFiles(JournalPath, "*.cycle").Length > 25, "the trials rolled files, so some kills landed near rolls");
    }

    [Fact]
    public void A_consumer_process_restarted_with_the_same_cursor_resumes_where_it_acknowledged()
    {
        using (var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 }))
        using (JournalAppender appender = journal.CreateAppender())
        {
            JournalReading.AppendChecked(appender, 3000, 40);
        }

        ProcessOutcome first = JournalChildProcess.Finish(JournalChildProcess.Start("tail", JournalPath, "consumer", "1000", "40", nameof(JournalWait.SpinThenYield)));
        Assert.Contains("read 1000 last 999", first.Output, StringComparison.Ordinal);
        ProcessOutcome second = JournalChildProcess.Finish(JournalChildProcess.Start("tail", JournalPath, "consumer", "2000", "40", nameof(JournalWait.SpinThenYield)));
        Assert.Contains("read 2000 last 2999", second.Output, StringComparison.Ordinal);
    }
}
