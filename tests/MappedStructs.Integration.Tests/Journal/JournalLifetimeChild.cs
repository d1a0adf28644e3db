using System;
using System.IO;
using System.Threading;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>
/// The journal child's lifetime modes: a Dispose on one thread while another thread reads, waits or appends. Each mode
/// prints one line per outcome and exits 0; a mapping unmapped under the other thread kills the process instead, which is
/// what <see cref="JournalLifetimeTests"/> watches for from outside.
/// </summary>
internal static class JournalLifetimeChild
{
    public const string Mode = "dispose-race";

    /// <summary>How long the other thread is left inside its call before the Dispose, and afterwards: past the blocking wait's 100 ms slice.</summary>
    private static readonly TimeSpan s_settle = TimeSpan.FromMilliseconds(250);

    public static int Run(string directory, string scenario, TextWriter output)
    {
        switch (scenario)
        {
            case "blocking":
            case "spinning":
                return WaiterOutcome(directory, scenario == "blocking" ? JournalWait.Blocking : JournalWait.BusySpin, output);
            case "tailer-blocking":
                return WaiterOutcome(directory, JournalWait.Blocking, output, disposeTailerOnly: true);
            case "cancel-after-dispose":
                return CancelAfterDispose(directory, output);
            case "try-read":
                return TryReadRace(directory, output);
            case "append":
                return AppendRace(directory, output);
            default:
                output.WriteLine($"unknown scenario {scenario}");
                return 2;
        }
    }

    private static int WaiterOutcome(string directory, JournalWait wait, TextWriter output, bool disposeTailerOnly = false)
    {
        var journal = MappedJournal.Open(directory);
        JournalTailer tailer = journal.CreateTailer(JournalStart.End);
        string outcome = "still waiting";
        var reader = new Thread(() => outcome = Outcome(() => tailer.Read(out _, Timeout.InfiniteTimeSpan, wait)));
        reader.Start();
        Thread.Sleep(s_settle);
        if (disposeTailerOnly)
        {
            tailer.Dispose();
        }
        else
        {
            journal.Dispose();
        }

        bool left = reader.Join(TimeSpan.FromSeconds(10));
        Thread.Sleep(s_settle);
        output.WriteLine(left ? $"reader {outcome}" : "reader still waiting");
        journal.Dispose();
        return 0;
    }

    /// <summary>A waiter's cancellation callback racing the Dispose that woke it: the callback may run after the unmapping.</summary>
    private static int CancelAfterDispose(string directory, TextWriter output)
    {
        const int Rounds = 40;
        int finished = 0;
        for (int round = 0; round < Rounds; round++)
        {
            using var cancel = new CancellationTokenSource();
            var journal = MappedJournal.Open(directory);
            JournalTailer tailer = journal.CreateTailer(JournalStart.End);
            var reader = new Thread(() => Outcome(() => tailer.Read(out _, Timeout.InfiniteTimeSpan, JournalWait.Blocking, cancel.Token)));
            reader.Start();
            Thread.Sleep(5);
            journal.Dispose();
            cancel.Cancel();
            finished += reader.Join(TimeSpan.FromSeconds(10)) ? 1 : 0;
        }

        Thread.Sleep(s_settle);
        output.WriteLine($"finished {finished} of {Rounds}");
        return 0;
    }

    /// <summary>TryRead in a loop over published messages on one thread, Dispose of the journal on another at a varying moment.</summary>
    private static int TryReadRace(string directory, TextWriter output)
    {
        const int Rounds = 200;
        int disposedSeen = 0;
        for (int round = 0; round < Rounds; round++)
        {
            var journal = MappedJournal.Open(directory);
            JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
            using var started = new ManualResetEventSlim();
            string outcome = string.Empty;
            var reader = new Thread(() => outcome = Outcome(() =>
            {
                started.Set();
                while (true)
                {
                    if (!tailer.TryRead(out JournalMessage message))
                    {
                        tailer.Dispose();
                        tailer = journal.CreateTailer(JournalStart.Oldest);
                        continue;
                    }

                    _ = JournalPayloads.Problem(message.Sequence, message.Payload, 64);
                }
            }));
            reader.Start();
            started.Wait();
            Thread.SpinWait(round * 50);
            journal.Dispose();
            reader.Join();
            disposedSeen += outcome == nameof(ObjectDisposedException) ? 1 : 0;
        }

        output.WriteLine($"disposed {disposedSeen} of {Rounds}");
        return 0;
    }

    /// <summary>Appends in a loop on one thread (writing each payload in place), Dispose of the journal on another.</summary>
    private static int AppendRace(string directory, TextWriter output)
    {
        const int Rounds = 100;
        int disposedSeen = 0;
        long appended = 0;
        for (int round = 0; round < Rounds; round++)
        {
            var journal = MappedJournal.Open(directory, new JournalOptions());
            JournalAppender appender = journal.CreateAppender();
            using var started = new ManualResetEventSlim();
            long count = 0;
            string outcome = string.Empty;
            var writer = new Thread(() => outcome = Outcome(() =>
            {
                started.Set();
                while (true)
                {
                    using JournalClaim claim = appender.Claim(JournalPayloads.LengthOf(appender.NextSequence, 64));
                    JournalPayloads.Fill(claim.Sequence, claim.Payload);
                    claim.Publish();
                    count++;
                }
            }));
            writer.Start();
            started.Wait();
            Thread.SpinWait(round * 100);
            journal.Dispose();
            writer.Join();
            appended += count;
            disposedSeen += outcome == nameof(ObjectDisposedException) ? 1 : 0;
        }

        using var reopened = MappedJournal.Open(directory);
        using JournalTailer check = reopened.CreateTailer(JournalStart.Oldest);
        int read = JournalReading.DrainChecked(check, 64).Count;
        output.WriteLine($"disposed {disposedSeen} of {Rounds}, read {(read == appended ? "all" : $"{read} of {appended}")}");
        return 0;
    }

    private static string Outcome(Action action)
    {
        try
        {
            action();
            return "returned";
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }
}
