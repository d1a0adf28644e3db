using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Samples;

/// <summary>
/// Runs samples/FormatReader on its own files and on damaged copies of them, and compares what it prints with readelf,
/// tcpdump and soxi where those tools are installed.
/// </summary>
public sealed class FormatReaderSmokeTests : IDisposable
{
    private const string LittleCapture = "capture-little-endian.pcap";
    private const string BigCapture = "capture-big-endian.pcap";
    private const string Tone = "tone-24bit.wav";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Defaults_read_the_host_binary_both_captures_and_the_tone_and_delete_their_files()
    {
        (int exit, string output) = Run("--dir", _dir.Path);

        Assert.True(exit == 0, output);
        if (OperatingSystem.IsLinux())
        {
            Assert.Contains("ELF Header:", output, StringComparison.Ordinal);
            Assert.Contains("  Class:                             ELF64", output, StringComparison.Ordinal);
            Assert.Contains("  Data:                              2's complement, little endian", output, StringComparison.Ordinal);
        }

        Assert.Contains("03:04:05.000250 IP 192.0.2.1.50000 > 198.51.100.7.51234: UDP, length 12", output, StringComparison.Ordinal);
        Assert.Contains("03:04:05.375250 IP 192.0.2.1.50003 > 198.51.100.7.51234: UDP, length 12", output, StringComparison.Ordinal);
        Assert.Contains("agreement: the little- and big-endian captures print the same 4 packets", output, StringComparison.Ordinal);
        Assert.Contains("Channels       : 2", output, StringComparison.Ordinal);
        Assert.Contains("Sample Rate    : 48000", output, StringComparison.Ordinal);
        Assert.Contains("Precision      : 24-bit", output, StringComparison.Ordinal);
        Assert.Contains("Duration       : 00:00:00.50 = 24000 samples ~ 37.5 CDDA sectors", output, StringComparison.Ordinal);
        Assert.Contains("File Size      : 144k", output, StringComparison.Ordinal);
        Assert.Contains("Bit Rate       : 2.30M", output, StringComparison.Ordinal);
        Assert.Contains("Sample Encoding: 24-bit Signed Integer PCM", output, StringComparison.Ordinal);
        Assert.Contains("Peak (24-bit)  : 4194304 of 8388607", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void Big_endian_capture_prints_the_same_packets_as_the_little_endian_one()
    {
        WriteDefaultFiles(packets: 50);

        string[] little = Lines(Run("--pcap", _dir.File(LittleCapture)));
        string[] big = Lines(Run("--pcap", _dir.File(BigCapture)));

        Assert.Equal(51, little.Length);
        Assert.Contains("little-endian, microsecond timestamps", little[0], StringComparison.Ordinal);
        Assert.Contains("big-endian, microsecond timestamps", big[0], StringComparison.Ordinal);
        Assert.Equal(little[1..], big[1..]);
        Assert.Equal(File.ReadAllBytes(_dir.File(LittleCapture)).Length, File.ReadAllBytes(_dir.File(BigCapture)).Length);
        Assert.NotEqual(File.ReadAllBytes(_dir.File(LittleCapture)), File.ReadAllBytes(_dir.File(BigCapture)));
    }

    [Fact]
    public void Elf_header_matches_readelf()
    {
        string? readelf = Tool("readelf");
        Assert.SkipWhen(readelf is null, "binutils' readelf is not installed (apt-get install binutils).");
        string host = Environment.ProcessPath!;
        Assert.SkipUnless(IsElf(host), $"{host} is not an ELF file (this host's executables are another format).");

        foreach (string file in new[] { host, typeof(object).Assembly.Location.Replace("System.Private.CoreLib.dll", "libcoreclr.so", StringComparison.Ordinal) }.Where(IsElf))
        {
            string expected = ProcessLauncher.Run(ProcessLauncher.StartInfo(readelf!, "-h", file), TimeSpan.FromMinutes(1)).EnsureSuccess("readelf -h").Output;
            (int exit, string output) = Run("--elf", file);

            Assert.Equal(0, exit);
            Assert.Equal(expected.ReplaceLineEndings(), output.ReplaceLineEndings());
        }
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(64, true)]
    [InlineData(32, false)]
    [InlineData(32, true)]
    public void Elf_header_of_either_class_and_byte_order_reads_in_that_order(int bits, bool bigEndian)
    {
        string path = _dir.File($"handmade-{bits}-{(bigEndian ? "big" : "little")}.elf");
        File.WriteAllBytes(path, HandmadeElfHeader(bits, bigEndian));

        (int exit, string output) = Run("--elf", path);

        Assert.True(exit == 0, output);
        Assert.Contains($"  Class:                             ELF{bits}", output, StringComparison.Ordinal);
        Assert.Contains($"  Data:                              2's complement, {(bigEndian ? "big" : "little")} endian", output, StringComparison.Ordinal);
        Assert.Contains("  Type:                              EXEC (Executable file)", output, StringComparison.Ordinal);
        Assert.Contains("  Machine:                           Advanced Micro Devices X86-64", output, StringComparison.Ordinal);
        Assert.Contains("  Entry point address:               0x10000abc", output, StringComparison.Ordinal);
        Assert.Contains("  Flags:                             0x12345", output, StringComparison.Ordinal);
        Assert.Contains($"  Size of this header:               {bits + (bits == 64 ? 0 : 20)} (bytes)", output, StringComparison.Ordinal);
        Assert.Contains("  Number of program headers:         0", output, StringComparison.Ordinal);

        string? readelf = Tool("readelf");
        if (readelf is not null)
        {
            string expected = ProcessLauncher.Run(ProcessLauncher.StartInfo(readelf, "-h", path), TimeSpan.FromMinutes(1)).EnsureSuccess("readelf -h").Output;
            Assert.Equal(expected.ReplaceLineEndings(), output.ReplaceLineEndings());
        }
    }

    /// <summary>A file header with no program or section headers, written byte by byte (independently of the sample's layouts).</summary>
    private static byte[] HandmadeElfHeader(int bits, bool bigEndian)
    {
        bool wide = bits == 64;
        byte[] bytes = new byte[wide ? 64 : 52];
        byte[] ident = [0x7F, (byte)'E', (byte)'L', (byte)'F', (byte)(wide ? 2 : 1), (byte)(bigEndian ? 2 : 1), 1, 0];
        ident.CopyTo(bytes, 0);
        void Put(int offset, ulong value, int size)
        {
            for (int i = 0; i < size; i++)
            {
                int shift = 8 * (bigEndian ? size - 1 - i : i);
                bytes[offset + i] = (byte)(value >> shift);
            }
        }

        int word = wide ? 8 : 4;
        Put(16, 2, 2);                      // e_type: ET_EXEC
        Put(18, 62, 2);                     // e_machine: EM_X86_64 (whose flags readelf prints as a number)
        Put(20, 1, 4);                      // e_version
        Put(24, 0x10000abc, word);          // e_entry
        int flags = 24 + (3 * word);        // after e_entry, e_phoff, e_shoff (both 0)
        Put(flags, 0x12345, 4);             // e_flags
        Put(flags + 4, (ulong)bytes.Length, 2);  // e_ehsize
        Put(flags + 6, wide ? 56UL : 32UL, 2);   // e_phentsize
        Put(flags + 10, wide ? 64UL : 40UL, 2);  // e_shentsize
        return bytes;
    }

    [Fact]
    public void Packets_match_tcpdump()
    {
        string? tcpdump = Tool("tcpdump");
        Assert.SkipWhen(tcpdump is null, "tcpdump is not installed (apt-get install tcpdump).");
        WriteDefaultFiles(packets: 20);

        foreach (string capture in new[] { LittleCapture, BigCapture })
        {
            ProcessOutcome expected = RunInUtc(ProcessLauncher.StartInfo(tcpdump!, "-n", "-r", _dir.File(capture)));
            string[] output = Lines(Run("--pcap", _dir.File(capture)));

            Assert.Equal(Lines((0, expected.Output)), output[1..]);
        }
    }

    [Fact]
    public void Wav_format_matches_soxi()
    {
        string? soxi = Tool("soxi");
        Assert.SkipWhen(soxi is null, "soxi is not installed (apt-get install sox).");
        WriteDefaultFiles(packets: 1);
        string tone = _dir.File(Tone);

        ProcessOutcome expected = ProcessLauncher.Run(ProcessLauncher.StartInfo(soxi!, tone), TimeSpan.FromMinutes(1)).EnsureSuccess("soxi");
        (int exit, string output) = Run("--wav", tone);

        Assert.Equal(0, exit);
        string[] soxiLines = Lines((0, expected.Output));
        Assert.Equal(soxiLines, Lines((0, output)).Take(soxiLines.Length));
    }

    public static TheoryData<string, string, string> Damaged => new()
    {
        { LittleCapture, "truncate:80", "truncated packet at offset 40: the record claims 54 bytes, the file has 40" },
        { LittleCapture, "truncate:30", "truncated record header at offset 24: 6 of 16 bytes" },
        { LittleCapture, "truncate:10", "10 bytes is too short for a pcap file header (24 bytes)" },
        { LittleCapture, "byte:0:0", "not a pcap file: the magic number is 0xa1b2c300" },
        { BigCapture, "byte:32:255", "record at offset 24 claims 4278190134 captured bytes" },
        { Tone, "truncate:1000", "the RIFF chunk claims 144036 bytes, the file holds 992 after its header" },
        { Tone, "byte:16:8", "the \"fmt \" chunk holds 8 bytes, fewer than the 16 of WAVEFORMAT" },
        { Tone, "byte:22:0", "impossible format: 0 channels" },
        { Tone, "byte:42:255", "the chunk \"data\" at offset 36 claims 16724608 bytes, only 144000 follow it" },
        { Tone, "byte:8:88", "not a WAV file" },
        { Tone, "truncate:0", "0 bytes is too short for a RIFF header (12 bytes)" },
        { "host", "truncate:40", "40 bytes is too short for an ELF64 file header (64 bytes)" },
        { "host", "byte:4:7", "unknown ELF class 7" },
        { "host", "byte:35:255", "x 56 bytes at offset 4278190144) runs past the end of the file" },
        { "host", "byte:58:40", "the section header table has entries of 40 bytes; this class of ELF file has 64" },
        { "host", "byte:1:70", "not an ELF file" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void Damaged_file_is_refused_with_exit_2_and_a_message_naming_it(string source, string damage, string message)
    {
        string path = DamagedCopy(source, damage);
        if (path.Length == 0)
        {
            Assert.Skip("The host binary is not a 64-bit little-endian ELF file with program and section headers; the damage is placed for one.");
        }

        (int exit, string output) = Run(Option(source), path);

        Assert.Equal(2, exit);
        Assert.Contains($"FormatReader: error: {Path.GetFullPath(path)}: ", output, StringComparison.Ordinal);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_refused_with_exit_2_naming_it()
    {
        string path = _dir.File("absent.wav");

        (int exit, string output) = Run("--wav", path);

        Assert.Equal(2, exit);
        Assert.Contains($"{path}: the file does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_damage_to_any_of_the_files_gives_exit_0_or_2_and_never_throws()
    {
        WriteDefaultFiles(packets: 6, frames: 200);
        string host = Environment.ProcessPath!;
        var sources = new List<(string Option, byte[] Bytes)>
        {
            ("--pcap", File.ReadAllBytes(_dir.File(LittleCapture))),
            ("--pcap", File.ReadAllBytes(_dir.File(BigCapture))),
            ("--wav", File.ReadAllBytes(_dir.File(Tone))),
        };
        if (IsElf(host))
        {
            // The header and the program header table, where every number readelf prints (and the PIE test reads) lives.
            sources.Add(("--elf", File.ReadAllBytes(host)));
        }

        int caseNumber = 0;
        int refused = 0;
        Gen.Select(Gen.Int[0, sources.Count - 1], Gen.Select(Gen.Int[0, 1023], Gen.Byte).Array[1, 6], Gen.Frequency((3, Gen.Const(-1)), (1, Gen.Int[0, 1100]))).Sample(
            damage =>
            {
                (string option, byte[] valid) = sources[damage.Item1];
                byte[] bytes = (byte[])valid.Clone();
                foreach ((int offset, byte value) in damage.Item2)
                {
                    bytes[offset % bytes.Length] = value;
                }

                if (damage.Item3 >= 0 && damage.Item3 < bytes.Length)
                {
                    bytes = bytes[..damage.Item3];
                }

                string path = _dir.File($"fuzz-{Interlocked.Increment(ref caseNumber)}");
                File.WriteAllBytes(path, bytes);
                (int exit, string output) = Run(option, path);
                File.Delete(path);
                Assert.True(exit is 0 or 2, output);
                if (exit == 2)
                {
                    Interlocked.Increment(ref refused);
                    Assert.Contains(Path.GetFullPath(path), output, StringComparison.Ordinal);
                }
            },
            iter: 400,
            threads: 1);

        Assert.True(refused > 0, "some damage must be refused, or the test proves nothing");
    }

    [Fact]
    public void Unknown_options_and_a_file_option_without_a_path_are_refused()
    {
        Assert.Throws<ArgumentException>(() => FormatReader.Program.Run(["--bogus", "1"], TextWriter.Null));
        ArgumentException missing = Assert.Throws<ArgumentException>(() => FormatReader.Program.Run(["--pcap"], TextWriter.Null));
        Assert.Contains("--pcap expects a file path", missing.Message, StringComparison.Ordinal);
    }

    private static string Option(string source) => source switch
    {
        LittleCapture or BigCapture => "--pcap",
        Tone => "--wav",
        _ => "--elf",
    };

    private string DamagedCopy(string source, string damage)
    {
        byte[] bytes;
        if (source == "host")
        {
            string host = Environment.ProcessPath!;
            bytes = File.ReadAllBytes(host);
            ReadOnlySpan<byte> expectedIdent = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1];
            bool expectedShape = bytes.AsSpan(0, 6).SequenceEqual(expectedIdent) && BitConverter.ToUInt64(bytes, 32) == 64 && BitConverter.ToUInt16(bytes, 56) > 0 && BitConverter.ToUInt16(bytes, 60) > 0;
            if (!expectedShape)
            {
                return string.Empty;
            }
        }
        else
        {
            WriteDefaultFiles(packets: 4);
            bytes = File.ReadAllBytes(_dir.File(source));
        }

        string[] parts = damage.Split(':');
        if (parts[0] == "truncate")
        {
            bytes = bytes[..int.Parse(parts[1], CultureInfo.InvariantCulture)];
        }
        else
        {
            bytes[int.Parse(parts[1], CultureInfo.InvariantCulture)] = byte.Parse(parts[2], CultureInfo.InvariantCulture);
        }

        string path = _dir.File("damaged-" + source);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private void WriteDefaultFiles(int packets, int frames = 24_000)
    {
        (int exit, string output) = Run("--dir", _dir.Path, "--keep", "--packets", packets.ToString(CultureInfo.InvariantCulture), "--frames", frames.ToString(CultureInfo.InvariantCulture));
        Assert.True(exit == 0, output);
    }

    private static ProcessOutcome RunInUtc(System.Diagnostics.ProcessStartInfo start)
    {
        // tcpdump prints local times of day; the sample prints UTC.
        start.Environment["TZ"] = "UTC";
        return ProcessLauncher.Run(start, TimeSpan.FromMinutes(1)).EnsureSuccess(start.FileName);
    }

    private static string? Tool(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Append("/usr/sbin"))
        {
            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsElf(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        byte[] start = new byte[4];
        using FileStream stream = File.OpenRead(path);
        return stream.ReadAtLeast(start, 4, throwOnEndOfStream: false) == 4 && start.AsSpan().SequenceEqual("\u007fELF"u8);
    }

    private static string[] Lines((int Exit, string Output) run) =>
        run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (int Exit, string Output) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        int exit = FormatReader.Program.Run(args, output);
        return (exit, output.ToString());
    }
}
