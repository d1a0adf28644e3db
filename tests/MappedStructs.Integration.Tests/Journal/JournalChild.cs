using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>
/// The other process of the journal tests. Modes (the first argument after <see cref="Argument"/>):
/// <c>append dir count maxPayload</c> appends self-checking messages from the appender's next sequence and prints <c>done N</c>;
/// <c>append-forever dir maxPayload</c> appends until killed, printing <c>appending</c> once started;
/// <c>append-then-hang dir count maxPayload flushAfter syncEvery</c> appends <c>count</c> messages with a flush after the first
/// <c>flushAfter</c> (and the sync policy every <c>syncEvery</c>, 0 for none), prints <c>appended</c> and waits to be killed;
/// <c>claim-and-hang dir</c> claims a frame, writes half its payload, prints <c>claimed S</c> and waits to be killed;
/// <c>hold-appender dir</c> becomes the appender, prints <c>holding</c> and waits;
/// <c>boot-id</c> prints this boot's identity in hex;
/// <c>try-appender dir</c> tries to become the appender and prints <c>acquired</c> (then lets go) or <c>refused</c>;
/// <c>dispose-race dir scenario</c> runs one of <see cref="JournalLifetimeChild"/>'s races;
/// <c>append-batches dir count maxBatch length pretouch</c> appends <c>count</c> self-checking messages of <c>length</c> bytes in
/// batches of 1 to <c>maxBatch</c> (with the pretoucher when <c>pretouch</c> is <c>true</c>) and prints <c>done N</c>;
/// <c>append-batches-forever dir maxBatch length</c> appends batches until killed, printing <c>appending</c> once started;
/// <c>claim-batch-and-hang dir count</c> claims a batch of <c>count</c> TradePrint records, fills them, prints <c>claimed S</c> and waits to be killed;
/// <c>tail dir name count maxPayload wait</c> reads and checks <c>count</c> messages with a durable cursor, acknowledging each, and prints <c>read N last S</c>.
/// </summary>
internal static class JournalChild
{
    public const string Argument = "--journal-child";

    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        string mode = args[0];
        if (mode == "boot-id")
        {
            Say(output, Convert.ToHexString(BootIdentityTests.Current()));
            return 0;
        }

        if (mode == JournalLifetimeChild.Mode)
        {
            // Before any journal of this process opens the directory: the race must own the only metadata mapping.
            return JournalLifetimeChild.Run(args[1], args[2], output);
        }

        int syncEvery = mode == "append-then-hang" ? int.Parse(args[5], CultureInfo.InvariantCulture) : 0;
        bool pretouch = mode == "append-batches" && bool.Parse(args[5]);
        using var journal = MappedJournal.Open(args[1], new JournalOptions { Sync = syncEvery > 0 ? JournalSync.Every(syncEvery) : JournalSync.None, Pretouch = pretouch });
        switch (mode)
        {
            case "append-batches":
                return AppendBatches(journal, long.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture), output);
            case "append-batches-forever":
                return AppendBatchesForever(journal, int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), output);
            case "claim-batch-and-hang":
                return ClaimBatchAndHang(journal, int.Parse(args[2], CultureInfo.InvariantCulture), output);
            case "append":
                return Append(journal, long.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), output);
            case "append-forever":
                return AppendForever(journal, int.Parse(args[2], CultureInfo.InvariantCulture), output);
            case "append-then-hang":
                return AppendThenHang(journal, long.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), long.Parse(args[4], CultureInfo.InvariantCulture), output);
            case "claim-and-hang":
                return ClaimAndHang(journal, output);
            case "hold-appender":
                using (journal.CreateAppender())
                {
                    Say(output, "holding");
                    Thread.Sleep(Timeout.Infinite);
                }

                return 0;
            case "try-appender":
                return TryAppender(journal, output);
            case "tail":
                return Tail(journal, args[2], long.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture), Enum.Parse<JournalWait>(args[5]), output);
            default:
                output.WriteLine($"unknown mode {mode}");
                return 2;
        }
    }

    private static int Append(MappedJournal journal, long count, int maxPayload, TextWriter output)
    {
        using JournalAppender appender = journal.CreateAppender();
        for (long i = 0; i < count; i++)
        {
            AppendOne(appender, maxPayload);
        }

        Say(output, $"done {appender.NextSequence}");
        return 0;
    }

    private static int AppendForever(MappedJournal journal, int maxPayload, TextWriter output)
    {
        JournalAppender appender = journal.CreateAppender();
        Say(output, "appending");
        while (true)
        {
            AppendOne(appender, maxPayload);
        }
    }

    private static int AppendThenHang(MappedJournal journal, long count, int maxPayload, long flushAfter, TextWriter output)
    {
        JournalAppender appender = journal.CreateAppender();
        for (long i = 0; i < count; i++)
        {
            AppendOne(appender, maxPayload);
            if (i + 1 == flushAfter)
            {
                appender.Flush();
            }
        }

        // The last roll's sync and commit run on a pool thread; the durability tests kill this process after they finish
        // (a roll's commit is what they test, not the race with the kill).
        while (appender.RollWork.IsPending)
        {
            Thread.Sleep(1);
        }

        Say(output, "appended");
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    private static int AppendBatches(MappedJournal journal, long count, int maxBatch, int length, TextWriter output)
    {
        using JournalAppender appender = journal.CreateAppender();
        var random = new Random(17);
        for (long left = count; left > 0;)
        {
            int batch = (int)Math.Min(left, random.Next(1, maxBatch + 1));
            JournalBatchTests.AppendBatchChecked(appender, batch, length);
            left -= batch;
        }

        Say(output, $"done {appender.NextSequence}");
        return 0;
    }

    private static int AppendBatchesForever(MappedJournal journal, int maxBatch, int length, TextWriter output)
    {
        JournalAppender appender = journal.CreateAppender();
        var random = new Random();
        Say(output, "appending");
        while (true)
        {
            JournalBatchTests.AppendBatchChecked(appender, random.Next(1, maxBatch + 1), length);
        }
    }

    private static int ClaimBatchAndHang(MappedJournal journal, int count, TextWriter output)
    {
        JournalAppender appender = journal.CreateAppender();
        JournalBatch batch = appender.ClaimBatch<TradePrint>(count);
        for (int i = 0; i < count; i++)
        {
            TradePrint.Ref print = batch.Record<TradePrint>(i);
            print.Sequence = batch.FirstSequence + i;
            print.Price = 1.5;
        }

        Say(output, $"claimed {batch.FirstSequence}");
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    private static int TryAppender(MappedJournal journal, TextWriter output)
    {
        try
        {
            journal.CreateAppender().Dispose();
            Say(output, "acquired");
        }
        catch (IOException)
        {
            Say(output, "refused");
        }

        return 0;
    }

    private static int ClaimAndHang(MappedJournal journal, TextWriter output)
    {
        JournalAppender appender = journal.CreateAppender();
        JournalClaim claim = appender.Claim(JournalPayloads.LengthOf(appender.NextSequence, 64));
        JournalPayloads.Fill(claim.Sequence, claim.Payload);
        claim.Payload[(claim.Payload.Length / 2)..].Fill(0xEE);
        Say(output, $"claimed {claim.Sequence}");
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    private static void AppendOne(JournalAppender appender, int maxPayload)
    {
        using JournalClaim claim = appender.Claim(JournalPayloads.LengthOf(appender.NextSequence, maxPayload));
        JournalPayloads.Fill(claim.Sequence, claim.Payload);
        claim.Publish();
    }

    private static int Tail(MappedJournal journal, string name, long count, int maxPayload, JournalWait wait, TextWriter output)
    {
        using JournalTailer tailer = journal.CreateTailer(name);
        long read = 0;
        long last = -1;
        while (read < count && tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(30), wait))
        {
            if (JournalPayloads.Problem(message.Sequence, message.Payload, maxPayload) is { } problem)
            {
                Say(output, $"bad {problem}");
                return 1;
            }

            if (last >= 0 && message.Sequence != last + 1)
            {
                Say(output, $"bad gap after {last}: {message.Sequence}");
                return 1;
            }

            last = message.Sequence;
            read++;
            tailer.Acknowledge();
        }

        Say(output, $"read {read} last {last}");
        return 0;
    }

    private static void Say(TextWriter output, string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}
