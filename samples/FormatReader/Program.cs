using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FormatReader.Elf;
using FormatReader.Pcap;
using FormatReader.Wave;
using MappedStructs.Samples;

namespace FormatReader;

/// <summary>
/// Reads an ELF file, a pcap capture and a WAV file through generated views over a read-only <c>MappedFile</c>, and prints
/// what <c>readelf -h</c>, <c>tcpdump -n -r</c> and <c>soxi</c> print for the same fields. Every offset and length read from
/// a file is checked before it is used: a malformed file ends the run with a message naming it and exit code 2.
/// </summary>
public static class Program
{
    /// <summary>The exit code for a file that breaks its format (or cannot be read).</summary>
    public const int MalformedFile = 2;

    private const int DefaultPackets = 4;
    private const int DefaultSampleRate = 48_000;
    private const int DefaultFrames = 24_000;

    /// <summary>Entry point: see <see cref="Run"/>.</summary>
    public static int Main(string[] args) => Run(args, Console.Out);

    /// <summary>
    /// Options: <c>--elf PATH</c>, <c>--pcap PATH</c>, <c>--wav PATH</c> read the files named (any of them, in that order).
    /// With none of them it reads the host binary running it and writes, reads and deletes a little- and a big-endian
    /// capture of <c>--packets N</c> IPv4/UDP packets (4) and a 24-bit stereo WAV file of <c>--frames N</c> frames at 48 kHz
    /// (24,000), in <c>--dir PATH</c> (a new folder in the temp directory); <c>--keep</c> keeps them.
    /// Returns 0, or <see cref="MalformedFile"/> when a file breaks its format.
    /// </summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = new Options(args);
        string? elf = Named(options, "--elf");
        string? pcap = Named(options, "--pcap");
        string? wav = Named(options, "--wav");
        int packets = (int)Math.Clamp(options.Long("--packets", DefaultPackets), 1, 100_000);
        int frames = (int)Math.Clamp(options.Long("--frames", DefaultFrames), 1, 10_000_000);
        string dir = options.Text("--dir", Path.Combine(Path.GetTempPath(), $"formatreader-{Environment.ProcessId}"));
        bool keep = options.Flag("--keep");
        options.ThrowOnUnknown();

        try
        {
            if (elf is null && pcap is null && wav is null)
            {
                return RunDefaults(dir, packets, frames, keep, output);
            }

            ReadNamed(elf, pcap, wav, output);
            return 0;
        }
        catch (Exception e) when (e is MalformedFileException or IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"FormatReader: error: {e.Message}");
            return MalformedFile;
        }
    }

    private static string? Named(Options options, string name)
    {
        string path = options.Text(name, string.Empty);
        if (path.Length == 0 && options.Flag(name))
        {
            throw new ArgumentException($"{name} expects a file path.");
        }

        return path.Length == 0 ? null : path;
    }

    private static void ReadNamed(string? elf, string? pcap, string? wav, TextWriter output)
    {
        if (elf is not null)
        {
            ElfReader.Print(elf, output);
        }

        if (pcap is not null)
        {
            PcapReader.Print(pcap, output);
        }

        if (wav is not null)
        {
            WaveReader.Print(wav, output);
        }
    }

    private static int RunDefaults(string dir, int packets, int frames, bool keep, TextWriter output)
    {
        string host = Environment.ProcessPath ?? "dotnet";
        output.WriteLine($"== readelf -h {host}");
        if (ElfReader.HasElfMagic(host))
        {
            ElfReader.Print(host, output);
        }
        else
        {
            output.WriteLine($"(not an ELF file: this host's executables are another format; name one with --elf)");
        }

        bool created = !Directory.Exists(dir);
        Directory.CreateDirectory(dir);
        try
        {
            string little = Path.Combine(dir, "capture-little-endian.pcap");
            string big = Path.Combine(dir, "capture-big-endian.pcap");
            string tone = Path.Combine(dir, "tone-24bit.wav");
            PcapWriter.Write(little, packets, bigEndian: false);
            PcapWriter.Write(big, packets, bigEndian: true);
            WaveWriter.Write(tone, DefaultSampleRate, frames);

            string[] littleLines = Capture(little, output);
            string[] bigLines = Capture(big, output);
            bool agree = littleLines.Skip(1).SequenceEqual(bigLines.Skip(1), StringComparer.Ordinal);
            output.WriteLine(agree
                ? string.Create(CultureInfo.InvariantCulture, $"agreement: the little- and big-endian captures print the same {littleLines.Length - 1} packets")
                : "DISAGREEMENT: the little- and big-endian captures print different packets");

            output.WriteLine($"== soxi {tone}");
            WaveReader.Print(tone, output);
            return agree ? 0 : 1;
        }
        finally
        {
            if (!keep)
            {
                foreach (string name in new[] { "capture-little-endian.pcap", "capture-big-endian.pcap", "tone-24bit.wav" })
                {
                    File.Delete(Path.Combine(dir, name));
                }

                if (created)
                {
                    Directory.Delete(dir);
                }
            }
        }
    }

    private static string[] Capture(string path, TextWriter output)
    {
        output.WriteLine($"== tcpdump -n -r {path}");
        using var lines = new StringWriter(CultureInfo.InvariantCulture);
        PcapReader.Print(path, lines);
        output.Write(lines.ToString());
        return lines.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }
}
