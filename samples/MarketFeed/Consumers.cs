using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.IO;
using System.Threading;
using MappedStructs;

namespace MarketFeed;

/// <summary>The three consumer processes: each tails the journal at its own pace.</summary>
internal static class Consumers
{
    private const int RecordSize = 16;
    private const int BatchTicks = 1024;

    /// <summary>
    /// The recorder: writes each batch of ticks' numbers and prices to a file, then acknowledges them. The cursor is its
    /// commit: on a restart it cuts the file back to the acknowledged count, so a tick written but not acknowledged before
    /// a kill is written once, not twice.
    /// </summary>
    public static int Record(string directory, string file, long pace, TextWriter output)
    {
        using var journal = MappedJournal.Open(directory);
        using JournalTailer tailer = journal.CreateTailer("recorder");
        using var stream = new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);

        // A kill between the last acknowledgement (which covers the end marker) and the exit leaves the cursor past the end:
        // the file then holds every tick, and there is nothing more to wait for.
        bool feedEnded = EndMarkerBefore(journal, tailer.NextSequence);
        stream.SetLength((feedEnded ? tailer.NextSequence - 1 : tailer.NextSequence) * RecordSize);
        stream.Position = stream.Length;
        output.WriteLine($"recorder: starting at tick {tailer.NextSequence:N0}");
        output.Flush();
        if (feedEnded)
        {
            output.WriteLine($"recorder: done, {stream.Length / RecordSize:N0} ticks in the file");
            return 0;
        }
        byte[] batch = new byte[RecordSize * BatchTicks];
        int batched = 0;
        long started = Stopwatch.GetTimestamp();
        long recorded = 0;
        while (true)
        {
            if (!tailer.TryRead(out JournalMessage message))
            {
                // Nothing more for now: make the batch durable in the file, then acknowledge it, then sleep.
                Commit(stream, batch, ref batched, tailer);
                if (!tailer.Read(out message, Timeout.InfiniteTimeSpan, JournalWait.Blocking))
                {
                    continue;
                }
            }

            if (!message.Is<Tick>())
            {
                break;
            }

            Tick.ReadOnlyRef tick = message.Record<Tick>();
            Span<byte> record = batch.AsSpan(batched * RecordSize, RecordSize);
            BinaryPrimitives.WriteInt64LittleEndian(record, tick.Number);
            BinaryPrimitives.WriteDoubleLittleEndian(record[8..], tick.Price);
            recorded++;
            if (++batched == BatchTicks)
            {
                Commit(stream, batch, ref batched, tailer);
            }

            if (pace > 0 && recorded % 100 == 0)
            {
                // A slower disk than the feed: the recorder falls behind and catches up after a restart.
                while (Stopwatch.GetElapsedTime(started).TotalSeconds < recorded / (double)pace)
                {
                    Thread.Sleep(1);
                }
            }
        }

        // The end marker is acknowledged with the last batch, so a restarted recorder stops at once.
        Commit(stream, batch, ref batched, tailer);
        stream.Flush();
        output.WriteLine($"recorder: done, {stream.Length / RecordSize:N0} ticks in the file");
        return 0;
    }

    /// <summary>Whether the message before <paramref name="next"/> is the feed's end marker (anything but a tick).</summary>
    private static bool EndMarkerBefore(MappedJournal journal, long next)
    {
        if (next == 0)
        {
            return false;
        }

        using JournalTailer previous = journal.CreateTailer(JournalStart.AtSequence(next - 1));
        return previous.TryRead(out JournalMessage message) && !message.Is<Tick>();
    }

    /// <summary>Writes the batch to the file (the kernel has it, so a kill cannot lose it), then acknowledges the ticks in it.</summary>
    private static void Commit(FileStream stream, byte[] batch, ref int batched, JournalTailer tailer)
    {
        stream.Write(batch, 0, batched * RecordSize);
        stream.Flush();
        tailer.Acknowledge();
        batched = 0;
    }

    /// <summary>The strategy: a running VWAP per symbol, printed at the end of the feed.</summary>
    public static int Strategy(string directory, TextWriter output)
    {
        using var journal = MappedJournal.Open(directory);
        using JournalTailer tailer = journal.CreateTailer("vwap");
        var vwap = new Vwap(Program.Symbols);
        while (tailer.Read(out JournalMessage message, Timeout.InfiniteTimeSpan, JournalWait.SpinThenYield))
        {
            if (!message.Is<Tick>())
            {
                break;
            }

            Tick.ReadOnlyRef tick = message.Record<Tick>();
            vwap.Add(tick.Symbol, tick.Price, tick.Quantity);
            tailer.Acknowledge();
        }

        vwap.Print("strategy", output);
        return 0;
    }

    /// <summary>The monitor: once a second, the feed's rate, its own latency behind the feed, and each cursor's lag.</summary>
    public static int Monitor(string directory, TextWriter output)
    {
        using var journal = MappedJournal.Open(directory);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        long lastReport = Stopwatch.GetTimestamp();
        long sinceReport = 0;
        double worstLatencyUs = 0;
        while (true)
        {
            if (tailer.Read(out JournalMessage message, TimeSpan.FromMilliseconds(100), JournalWait.Blocking))
            {
                if (!message.Is<Tick>())
                {
                    Report(journal, tailer, sinceReport, Stopwatch.GetElapsedTime(lastReport), worstLatencyUs, output);
                    output.WriteLine("monitor: end of feed");
                    return 0;
                }

                long sentAt = message.Record<Tick>().SentAt;
                worstLatencyUs = Math.Max(worstLatencyUs, Stopwatch.GetElapsedTime(sentAt).TotalMicroseconds);
                sinceReport++;
            }

            if (Stopwatch.GetElapsedTime(lastReport) >= TimeSpan.FromSeconds(1))
            {
                Report(journal, tailer, sinceReport, Stopwatch.GetElapsedTime(lastReport), worstLatencyUs, output);
                lastReport = Stopwatch.GetTimestamp();
                sinceReport = 0;
                worstLatencyUs = 0;
            }
        }
    }

    private static void Report(MappedJournal journal, JournalTailer tailer, long messages, TimeSpan over, double worstLatencyUs, TextWriter output)
    {
        long head = tailer.NextSequence;
        string Lag(string name) => journal.CursorPosition(name) is { } at ? $"{Math.Max(0, head - at):N0}" : "not started";
        output.WriteLine($"monitor: {messages / Math.Max(over.TotalSeconds, 1e-9):N0} msg/s, worst latency {worstLatencyUs:N1} us, lag recorder {Lag("recorder")}, vwap {Lag("vwap")}");
        output.Flush();
    }
}
