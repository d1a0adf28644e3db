using System;
using System.Diagnostics;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>
/// Dispose while another thread reads, waits or appends: the other thread gets <see cref="ObjectDisposedException"/> and
/// nothing is unmapped under it. Each race runs in a child process, because an unmapped page kills the process.
/// </summary>
public sealed class JournalLifetimeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    [Theory]
    [InlineData("blocking")]
    [InlineData("spinning")]
    [InlineData("tailer-blocking")]
    public void A_reader_waiting_on_another_thread_is_woken_by_dispose_and_throws_ObjectDisposedException(string scenario)
    {
        CreateWithMessages(10);
        ProcessOutcome outcome = RunRace(scenario);
        Assert.Contains("reader ObjectDisposedException", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancellation_callback_that_runs_after_the_journal_is_disposed_does_not_touch_its_mapping()
    {
        CreateWithMessages(10);
        ProcessOutcome outcome = RunRace("cancel-after-dispose");
        Assert.Contains("finished 40 of 40", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_racing_the_journal_s_dispose_ends_in_ObjectDisposedException_every_time()
    {
        CreateWithMessages(3_000);
        ProcessOutcome outcome = RunRace("try-read");
        Assert.Contains("disposed 200 of 200", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_append_racing_the_journal_s_dispose_either_publishes_whole_or_throws_ObjectDisposedException()
    {
        CreateWithMessages(0);
        ProcessOutcome outcome = RunRace("append");
        Assert.Contains("disposed 100 of 100, read all", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_acknowledgements_and_cursor_queries_after_dispose_throw_ObjectDisposedException()
    {
        CreateWithMessages(3);
        var journal = MappedJournal.Open(JournalPath);
        JournalTailer durable = journal.CreateTailer("durable");
        JournalTailer anonymous = journal.CreateTailer(JournalStart.Oldest);
        Assert.True(durable.TryRead(out _));
        journal.Dispose();
        Assert.Throws<ObjectDisposedException>(() => durable.Acknowledge());
        Assert.Throws<ObjectDisposedException>(() => durable.Read(out _, TimeSpan.Zero, JournalWait.Blocking, TestContext.Current.CancellationToken));
        Assert.Throws<ObjectDisposedException>(() => anonymous.TryRead(out _));
        Assert.Throws<ObjectDisposedException>(() => journal.CursorPosition("durable"));
        Assert.Throws<ObjectDisposedException>(() => journal.DeleteCursor("durable"));
        Assert.Throws<ObjectDisposedException>(() => journal.CreateTailer(JournalStart.End));
        durable.Dispose();
        anonymous.Dispose();
        journal.Dispose();
    }

    [Fact]
    public void An_appender_disposed_with_its_claim_open_on_the_same_thread_abandons_it_and_lets_the_next_appender_in()
    {
        CreateWithMessages(2);
        using (var journal = MappedJournal.Open(JournalPath))
        {
            JournalAppender appender = journal.CreateAppender();
            JournalClaim claim = appender.Claim(16);
            appender.Dispose();
            bool refused = false;
            try
            {
                claim.Publish();
            }
            catch (InvalidOperationException)
            {
                refused = true;
            }

            Assert.True(refused, "a claim abandoned by its appender's Dispose must not publish");
        }

        using var reopened = MappedJournal.Open(JournalPath);
        using JournalAppender next = reopened.CreateAppender();
        Assert.Equal(2, next.NextSequence);
        using JournalTailer tailer = reopened.CreateTailer(JournalStart.Oldest);
        Assert.Equal(2, JournalReading.DrainChecked(tailer, 64).Count);
    }

    private void CreateWithMessages(int count)
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 << 10 });
        using JournalAppender appender = journal.CreateAppender();
        JournalReading.AppendChecked(appender, count, 64);
    }

    private ProcessOutcome RunRace(string scenario)
    {
        using Process child = JournalChildProcess.Start(JournalLifetimeChild.Mode, JournalPath, scenario);
        ProcessOutcome outcome = JournalChildProcess.Finish(child);
        Assert.True(outcome.ExitCode == 0, $"the child died (exit code {outcome.ExitCode}): {outcome.OutputAndErrors}");
        return outcome;
    }
}
