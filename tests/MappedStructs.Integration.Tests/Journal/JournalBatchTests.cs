using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalBatchTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    [Fact]
    public void A_batch_is_invisible_until_published_then_every_message_of_it_arrives_in_order_with_one_timestamp()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        appender.Append("before"u8);
        using (JournalBatch batch = appender.ClaimBatch<TradePrint>(5))
        {
            Assert.Equal(1, batch.FirstSequence);
            Assert.Equal(5, batch.Count);
            for (int i = 0; i < batch.Count; i++)
            {
                TradePrint.Ref print = batch.Record<TradePrint>(i);
                print.Sequence = 100 + i;
                print.Price = 10.5 * i;
            }

            Assert.True(tailer.TryRead(out JournalMessage first));
            Assert.Equal(0, first.Sequence);
            Assert.False(tailer.TryRead(out _));
            Assert.Equal(1, batch.Publish());
        }

        Assert.Equal(6, appender.NextSequence);
        DateTime? stamp = null;
        for (int i = 0; i < 5; i++)
        {
            Assert.True(tailer.TryRead(out JournalMessage message));
            Assert.Equal(1 + i, message.Sequence);
            TradePrint.ReadOnlyRef print = message.Record<TradePrint>();
            Assert.Equal(100 + i, print.Sequence);
            Assert.Equal(10.5 * i, print.Price);
            Assert.Equal(stamp ?? message.Timestamp, message.Timestamp);
            stamp = message.Timestamp;
        }

        Assert.False(tailer.TryRead(out _));
        Assert.Equal(6, appender.Append("after"u8));
    }

    [Fact]
    public void A_batch_disposed_unpublished_is_skipped_whole_and_its_sequence_numbers_go_to_the_next_messages()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        using (JournalBatch batch = appender.ClaimBatch(4, 24))
        {
            for (int i = 0; i < batch.Count; i++)
            {
                batch.Payload(i).Fill(0xEE);
            }

            Assert.Throws<InvalidOperationException>(() => appender.Claim(4));
            Assert.Throws<InvalidOperationException>(() => appender.ClaimBatch(2, 4));
        }

        Assert.False(tailer.TryRead(out _));
        Assert.Equal(0, appender.NextSequence);
        JournalReading.AppendChecked(appender, 3, 64);
        Assert.Equal([0, 1, 2], JournalReading.DrainChecked(tailer, 64));
        using JournalTailer again = journal.CreateTailer(JournalStart.Oldest);
        Assert.Equal([0, 1, 2], JournalReading.DrainChecked(again, 64));
    }

    [Fact]
    public void AppendBatch_appends_records_as_consecutive_typed_messages()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        TradePrint[] prints = [new() { Sequence = 1, Symbol = 3 }, new() { Sequence = 2, Quantity = 9 }, new() { Sequence = 3, Notional = 1.5 }];
        Assert.Equal(0, appender.AppendBatch<TradePrint>(prints));
        Assert.Equal(3, appender.AppendBatch<TradePrint>(prints.AsSpan(0, 1)));
        foreach (TradePrint expected in (TradePrint[])[.. prints, prints[0]])
        {
            Assert.True(tailer.TryRead(out JournalMessage message));
            Assert.Equal(expected, message.Record<TradePrint>().Load());
        }

        Assert.False(tailer.TryRead(out _));
    }

    [Fact]
    public void Bad_batch_arguments_are_refused_with_the_limit_and_leave_the_appender_usable()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using JournalAppender appender = journal.CreateAppender();
        Assert.Throws<ArgumentOutOfRangeException>(() => appender.ClaimBatch(0, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => appender.ClaimBatch(-3, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => appender.ClaimBatch(2, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => appender.AppendBatch<TradePrint>([]));

        // (64 KiB - 4096 - 32) / 72 = 852 frames of a 40-byte payload fit in one cycle file.
        ArgumentOutOfRangeException tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => appender.ClaimBatch<TradePrint>(853));
        Assert.Contains("between 1 and 852", tooMany.Message, StringComparison.Ordinal);
        using (JournalBatch most = appender.ClaimBatch<TradePrint>(852))
        {
            Assert.Equal("index", RefusalOf<ArgumentOutOfRangeException>(most, b => b.Payload(852)).ParamName);
            Assert.Equal("index", RefusalOf<ArgumentOutOfRangeException>(most, b => b.Payload(-1)).ParamName);
            Assert.Contains("Heartbeat", RefusalOf<InvalidOperationException>(most, b => b.Record<Heartbeat>(0)).Message, StringComparison.Ordinal);
            Assert.Equal(0, most.Publish());
            Assert.Contains("published or abandoned", RefusalOf<InvalidOperationException>(most, b => b.Publish()).Message, StringComparison.Ordinal);
        }

        using (JournalBatch bytes = appender.ClaimBatch(2, 40))
        {
            RefusalOf<InvalidOperationException>(bytes, b => b.Record<TradePrint>(0));
        }

        Assert.Equal(852, appender.NextSequence);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        int read = 0;
        while (tailer.TryRead(out _))
        {
            read++;
        }

        Assert.Equal(852, read);
    }

    [Fact]
    public void A_batch_that_does_not_fit_the_rest_of_the_cycle_starts_the_next_cycle_file_and_is_never_split()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        AppendBatchChecked(appender, 800, 40);
        AppendBatchChecked(appender, 100, 40);
        Assert.Equal(2, Directory.GetFiles(JournalPath, "*.cycle").Length);
        using (var second = MappedJournal.Open(JournalPath))
        using (JournalTailer fromSecond = second.CreateTailer(JournalStart.AtSequence(800)))
        {
            Assert.True(fromSecond.TryRead(out JournalMessage first));
            Assert.Equal(800, first.Sequence);
        }

        Assert.Equal(900, DrainAnyLength(tailer).Count);
    }

    [Fact]
    public void A_blocking_tailer_is_woken_by_a_batch()
    {
        using var journal = MappedJournal.Create(JournalPath);
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        long read = -1;
        var reader = new Thread(() =>
        {
            if (tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(30), JournalWait.Blocking))
            {
                read = message.Sequence;
            }
        });
        reader.Start();
        Thread.Sleep(50);
        AppendBatchChecked(appender, 3, 16);
        Assert.True(reader.Join(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, read);
    }

    [Fact]
    public void Random_mixes_of_single_messages_and_batches_across_rolls_are_read_in_order_exactly_once()
    {
        Gen.Select(Gen.Int[1, 120].Array[1, 40], Gen.Int[8, 400]).Sample((batches, length) =>
        {
            string path = Path.Combine(JournalPath, Guid.NewGuid().ToString("N"));
            using var journal = MappedJournal.Create(path, new JournalOptions { CycleSize = 64 * 1024 });
            using JournalAppender appender = journal.CreateAppender();
            using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
            long expected = 0;
            foreach (int count in batches)
            {
                if (count % 3 == 0)
                {
                    JournalReading.AppendChecked(appender, 1, length);
                    expected++;
                }

                AppendBatchChecked(appender, count, length);
                expected += count;
                if (count % 2 == 0)
                {
                    Assert.Equal(expected, tailer.NextSequence + DrainAnyLength(tailer).Count);
                }
            }

            DrainAnyLength(tailer);
            Assert.Equal(expected, tailer.NextSequence);
            using JournalTailer again = journal.CreateTailer(JournalStart.Oldest);
            Assert.Equal(expected, DrainAnyLength(again).Count);
        }, iter: 60);
    }

    private delegate void BatchUse(JournalBatch batch);

    /// <summary>The exception <paramref name="use"/> of <paramref name="batch"/> throws (a ref struct cannot be captured by Assert.Throws' lambda).</summary>
    private static TException RefusalOf<TException>(JournalBatch batch, BatchUse use)
        where TException : Exception
    {
        try
        {
            use(batch);
        }
        catch (TException refused)
        {
            return refused;
        }

        throw new Xunit.Sdk.XunitException($"expected {typeof(TException).Name}");
    }

    /// <summary>Appends <paramref name="count"/> self-checking messages of one length as one batch.</summary>
    internal static void AppendBatchChecked(JournalAppender appender, int count, int length)
    {
        using JournalBatch batch = appender.ClaimBatch(count, length);
        for (int i = 0; i < count; i++)
        {
            JournalPayloads.Fill(batch.FirstSequence + i, batch.Payload(i));
        }

        batch.Publish();
    }

    /// <summary>Every message the tailer can read now, checked whole and consecutive at any length.</summary>
    internal static List<long> DrainAnyLength(JournalTailer tailer)
    {
        var sequences = new List<long>();
        while (tailer.TryRead(out JournalMessage message))
        {
            if (JournalPayloads.ProblemAtAnyLength(message.Sequence, message.Payload) is { } problem)
            {
                Assert.Fail(problem);
            }

            if (sequences.Count > 0 && message.Sequence != sequences[^1] + 1)
            {
                Assert.Fail($"message {message.Sequence} follows {sequences[^1]}");
            }

            sequences.Add(message.Sequence);
        }

        return sequences;
    }
}
