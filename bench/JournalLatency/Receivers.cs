using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using MappedStructs;

namespace JournalLatency;

/// <summary>The receiving processes: each reads the messages one way, checks their numbers and prints one result line.</summary>
internal static class Receivers
{
    public static int TailJournal(string directory, long messages, long warmup, JournalWait wait, string label)
    {
        using var journal = MappedJournal.Open(directory);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Ready();
        var latencies = new Latencies(warmup);
        for (long i = 0; i < messages; i++)
        {
            if (!tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(60), wait))
            {
                throw new TimeoutException($"message {i} did not arrive");
            }

            Probe.ReadOnlyRef probe = message.Record<Probe>();
            latencies.Record(probe.SentAt, wait == JournalWait.BusySpin ? probe.Flags : 0);
            Check(probe.Number, i);
        }

        Console.WriteLine(latencies.ResultLine(label));
        if (wait == JournalWait.BusySpin)
        {
            Console.WriteLine(latencies.IntendedLine(label));
        }
        if (wait == JournalWait.Blocking)
        {
            // Idle: the tailer sleeps in the futex; the CPU it uses meanwhile is the cost of waiting.
            TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
            var idle = Stopwatch.StartNew();
            tailer.Read(out _, TimeSpan.FromSeconds(2), JournalWait.Blocking);
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - before) / idle.Elapsed * 100;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle-cpu {cpu:F3}"));
        }

        return 0;
    }

    public static int CountJournal(string directory, long messages, string label)
    {
        using var journal = MappedJournal.Open(directory);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Ready();
        long started = 0;
        for (long i = 0; i < messages; i++)
        {
            if (!tailer.Read(out JournalMessage message, TimeSpan.FromSeconds(60), JournalWait.BusySpin))
            {
                throw new TimeoutException($"message {i} did not arrive");
            }

            started = i == 0 ? Stopwatch.GetTimestamp() : started;
            Check(message.Record<Probe>().Number, i);
        }

        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput {label} {(messages - 1) / seconds:F0}"));
        return 0;
    }

    public static int ReadSocket(string socketPath, long messages, long warmup)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Connect(new UnixDomainSocketEndPoint(socketPath));
        using var stream = new NetworkStream(socket, ownsSocket: false);
        Ready();
        ReadStream(stream, messages, warmup, "unix-socket");
        return 0;
    }

    public static int ReadPipe(long messages, long warmup)
    {
        using Stream input = Console.OpenStandardInput();
        Ready();
        ReadStream(input, messages, warmup, "anonymous-pipe");
        return 0;
    }

    private static void ReadStream(Stream stream, long messages, long warmup, string name)
    {
        var latencies = new Latencies(warmup);
        byte[] message = new byte[40];
        for (long i = 0; i < messages; i++)
        {
            stream.ReadExactly(message);
            latencies.Record(BinaryPrimitives.ReadInt64LittleEndian(message));
            Check(BinaryPrimitives.ReadInt64LittleEndian(message.AsSpan(8)), i);
        }

        Console.WriteLine(latencies.ResultLine(name));
    }

    private static void Check(long number, long expected)
    {
        if (number != expected)
        {
            throw new InvalidDataException($"message {expected} arrived as {number}");
        }
    }

    private static void Ready()
    {
        Console.WriteLine("ready");
        Console.Out.Flush();
        Thread.Sleep(0);
    }
}
