using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using MappedStructs;
using MappedStructs.Samples;

namespace MarketFeed;

/// <summary>
/// A feed process appends synthetic ticks to a <see cref="MappedJournal"/>; a recorder, a VWAP strategy and a monitor, each
/// its own process, tail it. Midway the recorder is killed (SIGKILL) and restarted: it resumes after the last tick it
/// acknowledged, and the run checks that it recorded every tick exactly once and that the strategy's VWAPs equal the feed's.
/// Run: <c>dotnet run -c Release --project samples/MarketFeed [--ticks 1M] [--rate 500K] [--recorder-pace 300K]</c>.
/// </summary>
public static class Program
{
    /// <summary>How many instruments the feed trades.</summary>
    public const int Symbols = 4;

    public static int Main(string[] args) => Run(args, Console.Out);

    /// <summary>The sample's entry point, also called by the smoke tests with tiny arguments.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = new Options(args);
        string role = options.Text("--role", "coordinator");
        string directory = options.Text("--dir", string.Empty);
        long ticks = options.Long("--ticks", 1_000_000);
        long rate = options.Long("--rate", 500_000);
        long recorderPace = options.Long("--recorder-pace", 300_000);
        string recording = options.Text("--recording", string.Empty);
        options.ThrowOnUnknown();
        return role switch
        {
            "feed" => Feed.Run(directory, ticks, rate, output),
            "recorder" => Consumers.Record(directory, recording, recorderPace, output),
            "vwap" => Consumers.Strategy(directory, output),
            "monitor" => Consumers.Monitor(directory, output),
            "coordinator" => Coordinate(directory, ticks, rate, recorderPace, output),
            _ => throw new ArgumentException($"Unknown --role {role}; known: coordinator, feed, recorder, vwap, monitor."),
        };
    }

    private static int Coordinate(string directory, long ticks, long rate, long recorderPace, TextWriter output)
    {
        string scratch = Directory.CreateTempSubdirectory("marketfeed-").FullName;
        string journalDirectory = directory.Length > 0 ? directory : Path.Combine(scratch, "journal");
        string recording = Path.Combine(scratch, "recording.bin");
        try
        {
            MappedJournal.Create(journalDirectory, new JournalOptions { CycleSize = 16L << 20 }).Dispose();
            output.WriteLine($"journal: {journalDirectory}");
            var relay = new OutputRelay(output);
            string[] common = ["--dir", journalDirectory];
            Process recorder = relay.Start([.. common, "--role", "recorder", "--recording", recording, "--recorder-pace", Text(recorderPace)]);
            Process strategy = relay.Start([.. common, "--role", "vwap"]);
            Process monitor = relay.Start([.. common, "--role", "monitor"]);
            relay.WaitFor("recorder: starting");
            Process feed = relay.Start([.. common, "--role", "feed", "--ticks", Text(ticks), "--rate", Text(rate)]);

            using (var journal = MappedJournal.Open(journalDirectory))
            {
                // Kill the recorder once it has acknowledged a third of the feed, then start it again.
                while (!recorder.HasExited && (journal.CursorPosition("recorder") ?? 0) < ticks / 3)
                {
                    Thread.Sleep(1);
                }

                if (!recorder.HasExited)
                {
                    recorder.Kill(entireProcessTree: true);
                    recorder.WaitForExit();
                    relay.Say($"coordinator: killed the recorder at tick {journal.CursorPosition("recorder"):N0}; restarting it");
                    recorder = relay.Start([.. common, "--role", "recorder", "--recording", recording, "--recorder-pace", "0"]);
                }
            }

            foreach (Process child in new[] { feed, recorder, strategy, monitor })
            {
                child.WaitForExit();
                relay.Drain(child);
            }

            return Check(relay, recording, ticks, output);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Every tick recorded exactly once, in order; the strategy's VWAP lines equal the feed's.</summary>
    private static int Check(OutputRelay relay, string recording, long ticks, TextWriter output)
    {
        byte[] bytes = File.ReadAllBytes(recording);
        long recorded = bytes.Length / 16;
        bool inOrder = true;
        for (long i = 0; i < recorded; i++)
        {
            inOrder &= BitConverter.ToInt64(bytes, (int)(i * 16)) == i;
        }

        string[] feedVwap = [.. relay.Lines.Where(l => l.StartsWith("feed: vwap", StringComparison.Ordinal)).Select(l => l["feed: ".Length..])];
        string[] strategyVwap = [.. relay.Lines.Where(l => l.StartsWith("strategy: vwap", StringComparison.Ordinal)).Select(l => l["strategy: ".Length..])];
        bool vwapAgrees = feedVwap.Length == Symbols && feedVwap.SequenceEqual(strategyVwap);
        output.WriteLine($"check: the recorder recorded {recorded:N0} of {ticks:N0} ticks{(inOrder ? ", each once and in order" : ", NOT in order")}");
        output.WriteLine($"check: the strategy's VWAP {(vwapAgrees ? "equals" : "DIFFERS FROM")} the feed's for all {Symbols} symbols");
        return recorded == ticks && inOrder && vwapAgrees ? 0 : 1;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts this sample's roles as child processes and relays their lines to the output, one at a time.</summary>
    private sealed class OutputRelay(TextWriter output)
    {
        private readonly object _gate = new();
        private readonly List<string> _lines = [];
        private readonly Dictionary<Process, Thread> _readers = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_gate)
                {
                    return [.. _lines];
                }
            }
        }

        public Process Start(IEnumerable<string> arguments)
        {
            Process child = SelfProcess.Start(typeof(Program).Assembly, arguments);
            var reader = new Thread(() =>
            {
                string? line;
                while ((line = child.StandardOutput.ReadLine()) is not null)
                {
                    Say(line);
                }
            })
            { IsBackground = true };
            reader.Start();
            _readers[child] = reader;
            return child;
        }

        public void Say(string line)
        {
            lock (_gate)
            {
                _lines.Add(line);
                output.WriteLine(line);
                Monitor.PulseAll(_gate);
            }
        }

        public void WaitFor(string prefix)
        {
            lock (_gate)
            {
                while (!_lines.Any(l => l.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    Monitor.Wait(_gate);
                }
            }
        }

        public void Drain(Process child) => _readers[child].Join();
    }
}
