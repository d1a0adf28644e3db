using System;
using System.Diagnostics;
using System.IO;
using MappedStructs;

namespace MarketFeed;

/// <summary>The feed process: appends synthetic ticks at a fixed rate, then an end marker, and prints the VWAP it expects per symbol.</summary>
internal static class Feed
{
    public static readonly byte[] EndMarker = "end of feed"u8.ToArray();

    public static int Run(string directory, long ticks, long rate, TextWriter output)
    {
        using var journal = MappedJournal.Open(directory);
        using JournalAppender appender = journal.CreateAppender();
        var vwap = new Vwap(Program.Symbols);
        var random = new Random(42);
        long started = Stopwatch.GetTimestamp();
        for (long i = 0; i < ticks; i++)
        {
            Pace(i, rate, started);
            int symbol = random.Next(Program.Symbols);
            int quantity = 1 + random.Next(500);
            double price = Math.Round(100 + (symbol * 10) + (random.NextDouble() * 5), 2);
            using (JournalClaim claim = appender.Claim<Tick>())
            {
                Tick.Ref tick = claim.Record<Tick>();
                tick.Number = i;
                tick.SentAt = Stopwatch.GetTimestamp();
                tick.Symbol = symbol;
                tick.Quantity = quantity;
                tick.Price = price;
                claim.Publish();
            }

            vwap.Add(symbol, price, quantity);
        }

        appender.Append(EndMarker);
        output.WriteLine($"feed: appended {ticks:N0} ticks in {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s");
        vwap.Print("feed", output);
        return 0;
    }

    /// <summary>Waits until tick <paramref name="index"/> is due at <paramref name="rate"/> per second (0: as fast as possible).</summary>
    private static void Pace(long index, long rate, long started)
    {
        if (rate <= 0)
        {
            return;
        }

        long due = started + (long)(index * (double)Stopwatch.Frequency / rate);
        while (Stopwatch.GetTimestamp() < due)
        {
            System.Threading.Thread.SpinWait(10);
        }
    }
}
