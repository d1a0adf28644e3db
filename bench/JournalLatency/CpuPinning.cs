using System;
using System.Diagnostics;
using System.Globalization;

namespace JournalLatency;

/// <summary>
/// <c>--pin S,R</c>: the sender runs on CPU S and the receiver process on CPU R, so the two spinning threads never share
/// a core. Linux applies a process's affinity (sched_setaffinity of its id) to its main thread, which is the thread that
/// sends and the one that receives; the runtime's other threads stay free to run anywhere.
/// </summary>
internal static class CpuPinning
{
    /// <summary>The environment variable that carries the receiver's CPU to its process.</summary>
    public const string ReceiverCpuVariable = "JOURNAL_BENCH_RECEIVER_CPU";

    /// <summary>Parses <c>S,R</c>; null when <paramref name="value"/> is null.</summary>
    public static (int Sender, int Receiver)? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string[] parts = value.Split(',');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int sender)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int receiver)
            || sender >= Environment.ProcessorCount || receiver >= Environment.ProcessorCount || sender == receiver)
        {
            throw new ArgumentException($"--pin takes two different CPU numbers below {Environment.ProcessorCount}, as in --pin 0,1; got '{value}'.");
        }

        return (sender, receiver);
    }

    /// <summary>Pins this process's main thread to <paramref name="cpu"/> (Linux and Windows; elsewhere it says it cannot).</summary>
    public static void PinTo(int cpu)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = (nint)(1L << cpu);
            return;
        }

        throw new PlatformNotSupportedException("--pin needs Linux or Windows (macOS has no CPU affinity).");
    }

    /// <summary>In a receiver: pins to the CPU its sender chose, if any.</summary>
    public static void PinReceiverIfAsked()
    {
        if (Environment.GetEnvironmentVariable(ReceiverCpuVariable) is { } text)
        {
            PinTo(int.Parse(text, CultureInfo.InvariantCulture));
        }
    }
}
