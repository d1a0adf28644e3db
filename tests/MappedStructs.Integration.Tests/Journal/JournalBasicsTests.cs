using System;
using System.IO;
using System.Threading;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalBasicsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    [Fact]
    public void Messages_come_back_in_order_with_their_sequence_numbers_timestamps_and_bytes()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        DateTime before = DateTime.UtcNow;
        Assert.Equal(0, appender.Append("first"u8));
        Assert.Equal(1, appender.Append([]));
        Assert.Equal(2, appender.Append("third message"u8));

        Assert.True(tailer.TryRead(out JournalMessage first));
        Assert.Equal(0, first.Sequence);
        Assert.Equal("first"u8.ToArray(), first.Payload.ToArray());
        Assert.InRange(first.Timestamp, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(DateTimeKind.Utc, first.Timestamp.Kind);
        Assert.True(tailer.TryRead(out JournalMessage empty));
        Assert.Equal(1, empty.Sequence);
        Assert.Equal(0, empty.Payload.Length);
        Assert.True(tailer.TryRead(out JournalMessage third));
        Assert.Equal("third message"u8.ToArray(), third.Payload.ToArray());
        Assert.False(tailer.TryRead(out _));
        Assert.Equal(3, tailer.NextSequence);
    }

    [Fact]
    public void A_claim_is_invisible_until_published_and_a_claim_disposed_unpublished_is_skipped_without_using_a_sequence_number()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        using (JournalClaim claim = appender.Claim(16))
        {
            claim.Payload.Fill(7);
            Assert.False(tailer.TryRead(out _));
            Assert.Throws<InvalidOperationException>(() => appender.Claim(4));
        }

        Assert.False(tailer.TryRead(out _));
        Assert.Equal(0, appender.NextSequence);
        Assert.Equal(0, appender.Append("after"u8));
        Assert.True(tailer.TryRead(out JournalMessage message));
        Assert.Equal(0, message.Sequence);
        Assert.Equal("after"u8.ToArray(), message.Payload.ToArray());
    }

    [Fact]
    public void Publishing_a_claim_twice_is_refused()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalAppender appender = journal.CreateAppender();
        JournalClaim claim = appender.Claim(8);
        claim.Publish();
        try
        {
            claim.Publish();
            Assert.Fail("published twice");
        }
        catch (InvalidOperationException e)
        {
            Assert.Contains("sequence 0", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, appender.NextSequence);
    }

    [Fact]
    public void In_a_cycle_larger_than_2_GiB_a_payload_whose_frame_length_would_overflow_is_refused()
    {
        // Space for the cycle is reserved at creation (about 3 GiB of disk, released when the directory is deleted).
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 3L << 30 });
        using JournalAppender appender = journal.CreateAppender();
        Assert.True((long)journal.MaximumPayload + 32 + 7 <= int.MaxValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => appender.Claim(int.MaxValue - 20));
        Assert.Equal(0, appender.Append("still appends"u8));
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Assert.True(tailer.TryRead(out JournalMessage message));
        Assert.Equal("still appends"u8.ToArray(), message.Payload.ToArray());
    }

    [Fact]
    public void A_payload_larger_than_a_cycle_can_hold_is_refused_before_anything_is_written()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using JournalAppender appender = journal.CreateAppender();
        Assert.Throws<ArgumentOutOfRangeException>(() => appender.Claim(journal.MaximumPayload + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => appender.Claim(-1));
        Assert.Equal(0, appender.Append(new byte[journal.MaximumPayload]));
        Assert.Equal(1, appender.Append(new byte[journal.MaximumPayload]));
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Assert.True(tailer.TryRead(out JournalMessage first));
        Assert.Equal(journal.MaximumPayload, first.Payload.Length);
        Assert.True(tailer.TryRead(out JournalMessage second));
        Assert.Equal(1, second.Sequence);
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 4096 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedJournal.Create(JournalPath, new JournalOptions { KeepFiles = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedJournal.Create(JournalPath, new JournalOptions { Roll = (JournalRoll)9 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedJournal.Create(JournalPath, new JournalOptions { Sync = new JournalSync(-1, TimeSpan.Zero) }));
    }

    [Fact]
    public void A_second_appender_in_the_same_process_is_refused_with_a_clear_exception_and_allowed_after_the_first_is_disposed()
    {
        using var journal = MappedJournal.Create(JournalPath);
        JournalAppender first = journal.CreateAppender();
        IOException same = Assert.Throws<IOException>(() => journal.CreateAppender());
        Assert.Contains("already has an appender", same.Message, StringComparison.Ordinal);
        using (var other = MappedJournal.Open(JournalPath))
        {
            // Another open in this process is refused too (and does not recover: it would abandon the live appender's claim).
            using JournalClaim open = first.Claim(8);
            Assert.Throws<IOException>(() => other.CreateAppender());
            using var third = MappedJournal.Open(JournalPath);
            open.Publish();
        }

        using (JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest))
        {
            Assert.True(tailer.TryRead(out JournalMessage published));
            Assert.Equal(8, published.Payload.Length);
        }

        first.Append("x"u8);
        first.Dispose();
        using JournalAppender second = journal.CreateAppender();
        Assert.Equal(2, second.Append("y"u8));
    }

    [Fact]
    public void A_blocking_read_wakes_when_another_thread_appends_and_times_out_when_nothing_comes()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.End);
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(tailer.Read(out _, TimeSpan.FromMilliseconds(50), JournalWait.Blocking, TestContext.Current.CancellationToken));
        Assert.InRange(started.ElapsedMilliseconds, 45, 5000);

        using JournalAppender appender = journal.CreateAppender();
        var writer = new Thread(() =>
        {
            Thread.Sleep(100);
            appender.Append("wake"u8);
        });
        writer.Start();
        Assert.True(tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(30), JournalWait.Blocking, TestContext.Current.CancellationToken));
        Assert.Equal("wake"u8.ToArray(), message.Payload.ToArray());
        writer.Join();
    }

    [Theory]
    [InlineData(JournalWait.BusySpin)]
    [InlineData(JournalWait.SpinThenYield)]
    [InlineData(JournalWait.Blocking)]
    public void Every_wait_strategy_reads_messages_appended_by_another_thread_and_stops_when_cancelled(JournalWait wait)
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        const int Messages = 20_000;
        var writer = new Thread(() => JournalReading.AppendChecked(appender, Messages, 40));
        writer.Start();
        long? previous = null;
        for (int i = 0; i < Messages; i++)
        {
            Assert.True(tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(30), wait, TestContext.Current.CancellationToken));
            JournalReading.Check(message, 40, previous);
            previous = message.Sequence;
        }

        writer.Join();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => tailer.Read(out _, Timeout.InfiniteTimeSpan, wait, cancel.Token));
        Assert.InRange(waited.ElapsedMilliseconds, 50, 10_000);
    }

    [Fact]
    public void An_anonymous_tailer_starts_at_the_end_at_a_sequence_or_at_a_time()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using JournalAppender appender = journal.CreateAppender();
        JournalReading.AppendChecked(appender, 3000, 60);
        Thread.Sleep(20);
        DateTime middle = DateTime.UtcNow;
        Thread.Sleep(20);
        JournalReading.AppendChecked(appender, 3000, 60);

        using JournalTailer fromEnd = journal.CreateTailer(JournalStart.End);
        Assert.Equal(6000, fromEnd.NextSequence);
        Assert.False(fromEnd.TryRead(out _));
        using JournalTailer atSequence = journal.CreateTailer(JournalStart.AtSequence(4321));
        Assert.True(atSequence.TryRead(out JournalMessage at));
        Assert.Equal(4321, at.Sequence);
        using JournalTailer atTime = journal.CreateTailer(JournalStart.AtTime(middle));
        Assert.True(atTime.TryRead(out JournalMessage fromTime));
        Assert.Equal(3000, fromTime.Sequence);
        using JournalTailer beyond = journal.CreateTailer(JournalStart.AtSequence(1_000_000));
        Assert.Equal(6000, beyond.NextSequence);
        appender.Append(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        Assert.True(fromEnd.TryRead(out JournalMessage next));
        Assert.Equal(6000, next.Sequence);
    }

    [Fact]
    public void Acknowledging_an_anonymous_tailer_is_refused()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.End);
        Assert.Throws<InvalidOperationException>(tailer.Acknowledge);
    }

    [Fact]
    public void Disposing_the_journal_disposes_its_appender_and_tailers()
    {
        var journal = MappedJournal.Create(JournalPath);
        JournalAppender appender = journal.CreateAppender();
        JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        appender.Append("x"u8);
        journal.Dispose();
        Assert.Throws<ObjectDisposedException>(() => appender.Append("y"u8));
        Assert.Throws<ObjectDisposedException>(() => tailer.TryRead(out _));
        Assert.Throws<ObjectDisposedException>(() => journal.CreateAppender());
        using var reopened = MappedJournal.Open(JournalPath);
        using JournalTailer again = reopened.CreateTailer(JournalStart.Oldest);
        Assert.True(again.TryRead(out JournalMessage message));
        Assert.Equal("x"u8.ToArray(), message.Payload.ToArray());
    }
}
