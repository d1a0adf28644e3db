using System;
using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalRollTests : IDisposable
{
    private const long SmallCycle = 64 * 1024;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    [Fact]
    public void A_tailer_reading_while_the_appender_rolls_crosses_every_file_with_no_gap_and_no_repeat()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = SmallCycle });
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        const int Messages = 200_000;
        var writer = new Thread(() => JournalReading.AppendChecked(appender, Messages, 100));
        writer.Start();
        long? previous = null;
        for (int i = 0; i < Messages; i++)
        {
            Assert.True(tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(30), JournalWait.BusySpin, TestContext.Current.CancellationToken));
            JournalReading.Check(message, 100, previous);
            previous = message.Sequence;
        }

        writer.Join();
        Assert.False(tailer.TryRead(out _));
        Assert.True(Directory.GetFiles(JournalPath, "*.cycle").Length > 100, "the messages span more than a hundred cycle files");
    }

    [Fact]
    public void Every_cycle_file_is_named_by_its_number_and_starts_where_the_previous_one_ended()
    {
        using (var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = SmallCycle }))
        using (JournalAppender appender = journal.CreateAppender())
        {
            JournalReading.AppendChecked(appender, 10_000, 200);
        }

        string[] names = [.. Directory.GetFiles(JournalPath, "*.cycle").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal("000000000000.cycle", names[0]);
        Assert.Equal($"{names.Length - 1:D12}.cycle", names[^1]);
        using var reopened = MappedJournal.Open(JournalPath);
        using JournalTailer tailer = reopened.CreateTailer(JournalStart.Oldest);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => (long)i), JournalReading.DrainChecked(tailer, 200));
    }

    [Fact]
    public void An_hourly_journal_rolls_at_the_hour_and_a_new_appender_continues_in_the_current_cycle()
    {
        using var journal = MappedJournal.Create(JournalPath, new JournalOptions { CycleSize = SmallCycle, Roll = JournalRoll.Hourly });
        using (JournalAppender appender = journal.CreateAppender())
        {
            appender.Append("one"u8);
        }

        // Move the only cycle's period an hour back, as if it had been written then: the next append must roll.
        string cycle = Path.Combine(JournalPath, "000000000000.cycle");
        JournalFileBytes.RewriteCycleHeader(cycle, header => BitConverter.TryWriteBytes(header.AsSpan(56), BitConverter.ToInt64(header, 56) - TimeSpan.TicksPerHour));
        using (JournalAppender appender = journal.CreateAppender())
        {
            appender.Append("two"u8);
        }

        Assert.True(File.Exists(Path.Combine(JournalPath, "000000000001.cycle")));
        using (JournalAppender appender = journal.CreateAppender())
        {
            appender.Append("three"u8);
        }

        Assert.False(File.Exists(Path.Combine(JournalPath, "000000000002.cycle")));
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Assert.True(tailer.TryRead(out JournalMessage one));
        Assert.Equal("one"u8.ToArray(), one.Payload.ToArray());
        Assert.True(tailer.TryRead(out JournalMessage two));
        Assert.Equal(1, two.Sequence);
        Assert.True(tailer.TryRead(out JournalMessage three));
        Assert.Equal(2, three.Sequence);
    }

    [Fact]
    public void Random_payload_lengths_and_cycle_sizes_read_back_exactly_as_appended()
    {
        Gen.Select(Gen.Int[0, 3000].Array[1, 400], Gen.Int[1, 4])
            .Sample(
                (lengths, cycleKiB) =>
                {
                    using var dir = new TempDirectory();
                    using var journal = MappedJournal.Create(Path.Combine(dir.Path, "j"), new JournalOptions { CycleSize = cycleKiB * 64 * 1024 });
                    using JournalAppender appender = journal.CreateAppender();
                    using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
                    for (int i = 0; i < lengths.Length; i++)
                    {
                        byte[] payload = new byte[lengths[i]];
                        Array.Fill(payload, (byte)i);
                        Assert.Equal(i, appender.Append(payload));
                        if (i % 3 == 0 && !ReadsBack(tailer, i, payload))
                        {
                            return false;
                        }
                    }

                    return true;
                },
                iter: 40);

        static bool ReadsBack(JournalTailer tailer, int upTo, byte[] last)
        {
            while (tailer.NextSequence <= upTo)
            {
                if (!tailer.TryRead(out JournalMessage message))
                {
                    return false;
                }

                if (message.Sequence == upTo && !message.Payload.SequenceEqual(last))
                {
                    return false;
                }

                if (message.Payload.Length > 0 && message.Payload[0] != (byte)message.Sequence)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
