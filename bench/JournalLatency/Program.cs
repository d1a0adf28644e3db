using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using MappedStructs;

namespace JournalLatency;

/// <summary>
/// Cross-process numbers for MappedJournal (docs/journal.md, "Benchmark"): one-way latency of 40-byte typed messages at a
/// fixed rate with a busy-spinning tailer, the same messages over a Unix domain socket and an anonymous pipe, the
/// throughput of one appender and one tailer process, and a blocking tailer's wake-up latency and idle CPU. Prints a
/// markdown table naming the machine. Run on a quiet machine:
/// <c>dotnet run -c Release --project bench/JournalLatency [--messages 5M] [--rate 1M] [--throughput-messages 20M] [--batch 16] [--pin 0,1]</c>
/// (<c>--pin S,R</c> runs the sender on CPU S and each receiver on CPU R; <c>--batch N</c> is the batch size of the batched
/// throughput runs); the journal's latency and throughput are measured with and without the appender's pretoucher, and
/// throughput also with batched appends;
/// <c>--job dry</c> runs every scenario with a few thousand messages to check the harness works (its numbers mean nothing).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--receiver")
        {
            CpuPinning.PinReceiverIfAsked();
            return Receive(args[1..]);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        bool dry = values.TryGetValue("--job", out string? job) && job == "dry";
        long messages = Number(values, "--messages", dry ? 20_000 : 5_000_000);
        long rate = Number(values, "--rate", 1_000_000);
        long throughputMessages = Number(values, "--throughput-messages", dry ? 50_000 : 20_000_000);
        long wakeups = dry ? 200 : 5_000;
        int batch = (int)Number(values, "--batch", 16);
        long warmup = messages / 10;
        if (CpuPinning.Parse(values.GetValueOrDefault("--pin")) is { } pin)
        {
            CpuPinning.PinTo(pin.Sender);
            Environment.SetEnvironmentVariable(CpuPinning.ReceiverCpuVariable, pin.Receiver.ToString(CultureInfo.InvariantCulture));
            s_pinned = $"sender on CPU {pin.Sender}, receiver on CPU {pin.Receiver}";
        }

        string scratch = Directory.CreateTempSubdirectory("journal-bench-").FullName;
        try
        {
            // --only a,b runs just the named scenarios (journal, journal-pretouch, unix-socket, anonymous-pipe, single,
            // single-pretouch, batch, batch-pretouch, journal-blocking), for profiling one of them.
            HashSet<string>? only = values.TryGetValue("--only", out string? names) ? new HashSet<string>(names.Split(','), StringComparer.Ordinal) : null;
            bool Wanted(string name) => only is null || only.Contains(name);
            var lines = new List<string>();
            void Run(string name, Func<string> run)
            {
                if (Wanted(name))
                {
                    lines.AddRange(run().Split('\n'));
                }
            }

            Run("journal", () => JournalRun(scratch, new JournalScenario("journal", messages, rate, warmup)));
            Run("journal-pretouch", () => JournalRun(scratch, new JournalScenario("journal-pretouch", messages, rate, warmup) { Pretouch = true }));
            Run("unix-socket", () => SocketRun(scratch, messages, rate, warmup));
            Run("anonymous-pipe", () => PipeRun(messages, rate, warmup));
            Run("single", () => JournalRun(scratch, new JournalScenario("single", throughputMessages, 0, 0) { Counts = true }));
            Run("single-pretouch", () => JournalRun(scratch, new JournalScenario("single-pretouch", throughputMessages, 0, 0) { Counts = true, Pretouch = true }));
            Run("batch", () => JournalRun(scratch, new JournalScenario("batch", throughputMessages, 0, 0) { Counts = true, Batch = batch }));
            Run("batch-pretouch", () => JournalRun(scratch, new JournalScenario("batch-pretouch", throughputMessages, 0, 0) { Counts = true, Batch = batch, Pretouch = true }));
            Run("journal-blocking", () => JournalRun(scratch, new JournalScenario("journal-blocking", wakeups, 2_000, wakeups / 10) { Wait = JournalWait.Blocking }));
            Print(lines, messages, rate, throughputMessages, wakeups, batch, dry);
            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string s_pinned = "not pinned";

    private static int Receive(string[] args)
    {
        long messages = long.Parse(args[2], CultureInfo.InvariantCulture);
        long warmup = long.Parse(args[3], CultureInfo.InvariantCulture);
        return args[0] switch
        {
            "journal" => Receivers.TailJournal(args[1], messages, warmup, Enum.Parse<JournalWait>(args[4]), args[5]),
            "count" => Receivers.CountJournal(args[1], messages, args[5]),
            "socket" => Receivers.ReadSocket(args[1], messages, warmup),
            "pipe" => Receivers.ReadPipe(messages, warmup),
            _ => throw new ArgumentException($"unknown receiver {args[0]}"),
        };
    }

    private static string JournalRun(string scratch, JournalScenario scenario)
    {
        string directory = Path.Combine(scratch, scenario.Name);
        using var journal = MappedJournal.Create(directory, new JournalOptions { CycleSize = 256L << 20, KeepFiles = 3, Pretouch = scenario.Pretouch });
        string kind = scenario.Counts ? "count" : "journal";
        using Process receiver = StartReceiver(redirectInput: false, kind, directory, Text(scenario.Messages), Text(scenario.Warmup), scenario.Wait.ToString(), scenario.Name);
        Expect(receiver, "ready");
        using (JournalAppender appender = journal.CreateAppender())
        {
            if (scenario.Batch > 1)
            {
                Senders.AppendJournalBatches(appender, scenario.Messages, scenario.Batch);
            }
            else
            {
                Senders.AppendJournal(appender, scenario.Messages, scenario.Rate);
            }
        }

        return Finish(receiver);
    }

    private static string SocketRun(string scratch, long messages, long rate, long warmup)
    {
        string path = Path.Combine(scratch, "bench.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        using Process receiver = StartReceiver(redirectInput: false, "socket", path, Text(messages), Text(warmup));
        using Socket connection = listener.Accept();
        Expect(receiver, "ready");
        using var stream = new NetworkStream(connection, ownsSocket: false);
        Senders.WriteStream(stream, messages, rate);
        return Finish(receiver);
    }

    private static string PipeRun(long messages, long rate, long warmup)
    {
        using Process receiver = StartReceiver(redirectInput: true, "pipe", "-", Text(messages), Text(warmup));
        Expect(receiver, "ready");
        Senders.WriteStream(receiver.StandardInput.BaseStream, messages, rate);
        return Finish(receiver);
    }

    private static Process StartReceiver(bool redirectInput, params string[] arguments)
    {
        string self = typeof(Program).Assembly.Location;
        string host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardInput = redirectInput, UseShellExecute = false };
        bool apphost = Path.GetFileNameWithoutExtension(host) == Path.GetFileNameWithoutExtension(self);
        start.FileName = apphost ? host : (Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet");
        if (!apphost)
        {
            start.ArgumentList.Add(self);
        }

        start.ArgumentList.Add("--receiver");
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the receiver");
    }

    private static void Expect(Process receiver, string line)
    {
        string? read = receiver.StandardOutput.ReadLine();
        if (read != line)
        {
            throw new InvalidOperationException($"the receiver said '{read}' instead of '{line}'");
        }
    }

    private static string Finish(Process receiver)
    {
        string output = receiver.StandardOutput.ReadToEnd().Trim();
        receiver.WaitForExit();
        return receiver.ExitCode == 0 ? output : throw new InvalidOperationException($"the receiver failed ({receiver.ExitCode}): {output}");
    }

    private static void Print(List<string> lines, long messages, long rate, long throughputMessages, long wakeups, int batch, bool dry)
    {
        Console.WriteLine($"Machine: {Machine()}; {Environment.ProcessorCount} logical CPUs; {RuntimeInformation.OSDescription}; .NET {Environment.Version}; load average {LoadAverage()}; {s_pinned}.");
        if (dry)
        {
            Console.WriteLine("**Dry run (--job dry): a few thousand messages to check the harness; these numbers are not results.**");
        }

        Console.WriteLine();
        Console.WriteLine($"One-way latency, two processes, 40-byte messages at {rate:N0} msg/s ({messages:N0} messages, the first 10% not recorded), µs:");
        Console.WriteLine();
        Console.WriteLine("| transport | p50 | p99 | p99.9 | max | recorded |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (string line in lines.Where(l => l.StartsWith("result ", StringComparison.Ordinal)))
        {
            string[] f = line.Split(' ');
            string label = f[1] switch
            {
                "journal-blocking" => $"MappedJournal, blocking tailer (futex), {wakeups:N0} messages at 2,000 msg/s",
                "journal" => "MappedJournal, busy-spin tailer",
                "journal-pretouch" => "MappedJournal, busy-spin tailer, appender's pretoucher on",
                _ => f[1],
            };
            Console.WriteLine($"| {label} | {f[2]} | {f[3]} | {f[4]} | {f[5]} | {long.Parse(f[6], CultureInfo.InvariantCulture):N0} |");
        }

        Console.WriteLine();
        Console.WriteLine("The same journal runs measured from when each message was due (the pacer's schedule) instead of when it was stamped, so that a stall of the appender counts for every message it delayed (coordinated omission corrected), µs:");
        Console.WriteLine();
        Console.WriteLine("| transport | p50 | p99 | p99.9 | max | recorded |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (string line in lines.Where(l => l.StartsWith("intended ", StringComparison.Ordinal)))
        {
            string[] f = line.Split(' ');
            string label = f[1] == "journal-pretouch" ? "MappedJournal, busy-spin tailer, appender's pretoucher on" : "MappedJournal, busy-spin tailer";
            Console.WriteLine($"| {label} | {f[2]} | {f[3]} | {f[4]} | {f[5]} | {long.Parse(f[6], CultureInfo.InvariantCulture):N0} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Throughput, one appender and one busy-spin tailer process, {throughputMessages:N0} messages, msg/s:");
        Console.WriteLine();
        Console.WriteLine("| appender | msg/s |");
        Console.WriteLine("| --- | ---: |");
        foreach (string line in lines.Where(l => l.StartsWith("throughput ", StringComparison.Ordinal)))
        {
            string[] f = line.Split(' ');
            string label = f[1] switch
            {
                "single" => "one message per claim",
                "single-pretouch" => "one message per claim, pretoucher on",
                "batch" => $"batches of {batch}",
                "batch-pretouch" => $"batches of {batch}, pretoucher on",
                _ => f[1],
            };
            Console.WriteLine($"| {label} | {double.Parse(f[2], CultureInfo.InvariantCulture):N0} |");
        }

        Console.WriteLine();
        string? idle = lines.FirstOrDefault(l => l.StartsWith("idle-cpu ", StringComparison.Ordinal));
        if (idle is not null)
        {
            Console.WriteLine($"Blocking tailer idle for 2 s: {idle.Split(' ')[1]} % of one CPU.");
        }
    }

    private static string Machine()
    {
        try
        {
            string? model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return model?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static long Number(Dictionary<string, string> values, string name, long fallback)
    {
        if (!values.TryGetValue(name, out string? text))
        {
            return fallback;
        }

        string digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        long scale = digits.EndsWith('M') ? 1_000_000 : digits.EndsWith('K') ? 1_000 : 1;
        return long.Parse(scale == 1 ? digits : digits[..^1], CultureInfo.InvariantCulture) * scale;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
