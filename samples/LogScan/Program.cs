using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using MappedStructs;
using MappedStructs.Samples;

namespace LogScan;

/// <summary>
/// The log analyzer scenario: map a large log, count lines and matches with vectorized span searches through windows,
/// jump to any byte offset, and compare with reading the same file through a StreamReader. With <c>--window</c> only a
/// sliding window of the file is mapped at a time (<see cref="MappedFile.OpenWindowed"/>), so a log larger than the
/// process' address space scans too.
/// </summary>
public static class Program
{
    /// <summary>Entry point: see <see cref="Run"/>.</summary>
    public static int Main(string[] args) => Run(args, Console.Out);

    /// <summary>
    /// Options: <c>--size N</c> of the generated log (1G; K/M/G suffixes), <c>--pattern TEXT</c> (ERROR), <c>--window N</c>
    /// bytes per view, and map only a sliding window of about that size at a time (without it: the whole file is mapped
    /// and read through views of 64M), <c>--offset N</c> to jump to (61.8% of the file), <c>--seed N</c>, <c>--file PATH</c> (an
    /// existing file is scanned as-is, otherwise generated there), <c>--keep</c>, <c>--no-streamreader</c>, <c>--no-prefault</c>
    /// (let each page fault in on first touch instead of populating each window with one madvise call).
    /// </summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = new Options(args);
        long size = options.Long("--size", 1L << 30);
        string pattern = options.Text("--pattern", "ERROR");
        bool slide = options.Flag("--window");
        long window = options.Long("--window", 64L << 20);
        long offsetOption = options.Long("--offset", -1);
        int seed = (int)options.Long("--seed", 7);
        string? userFile = options.Flag("--file") ? options.Text("--file", string.Empty) : null;
        bool keep = options.Flag("--keep");
        bool skipStreamReader = options.Flag("--no-streamreader");
        bool prefault = !options.Flag("--no-prefault");
        options.ThrowOnUnknown();
        if (pattern.Length == 0 || pattern.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("--pattern must be non-empty and on one line.");
        }

        string path = userFile ?? Path.Combine(Path.GetTempPath(), $"logscan-{Environment.ProcessId}.log");
        bool generate = userFile is null || !File.Exists(path);
        try
        {
            if (generate)
            {
                output.WriteLine($"LogScan: generating a {size:N0}-byte log at {path}");
                var clock = Stopwatch.StartNew();
                (long lines, long errors) = LogGenerator.Write(path, size, seed, output);
                output.WriteLine($"generated {lines:N0} lines ({errors:N0} ERROR lines), {new FileInfo(path).Length:N0} bytes in {clock.Elapsed.TotalSeconds:N2} s");
            }
            else
            {
                output.WriteLine($"LogScan: scanning the existing file {path} ({new FileInfo(path).Length:N0} bytes)");
            }

            return Scan(path, pattern, window, slide, offsetOption, skipStreamReader, prefault, output);
        }
        finally
        {
            if (generate && !keep)
            {
                File.Delete(path);
            }
        }
    }

    private static int Scan(string path, string pattern, long window, bool slide, long offsetOption, bool skipStreamReader, bool prefault, TextWriter output)
    {
        byte[] needle = Encoding.UTF8.GetBytes(pattern);
        if (new FileInfo(path).Length == 0)
        {
            output.WriteLine("the file is empty: nothing to map");
            return 0;
        }

        // A sliding window holds the longest view the scan takes: a window's bytes plus the pattern's overlap into the next,
        // and the 8 KiB around the jump's offset.
        using MappedFile file = slide
            ? MappedFile.OpenWindowed(path, MapAccess.Read, Math.Max(window + needle.Length - 1, 2 * MappedScanner.LineReach))
            : MappedFile.Open(path, MapAccess.Read);
        file.Advise(0, file.Length, MapAdvice.Sequential);
        long windows = (file.Length + window - 1) / window;
        var clock = Stopwatch.StartNew();
        long nextReport = file.Length / 4;
        (long lines, long matches) = MappedScanner.Count(file, needle, window, prefault, done =>
        {
            if (done >= nextReport && windows > 4)
            {
                output.WriteLine($"  scanning: {done * 100 / file.Length,3}% ({clock.Elapsed.TotalSeconds:N2} s)");
                nextReport += file.Length / 4;
            }
        });
        clock.Stop();
        double mappedSeconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"mapped scan: {lines:N0} lines, {matches:N0} matches of \"{pattern}\" in {mappedSeconds * 1000:N0} ms " +
            $"({file.Length / (1024.0 * 1024 * 1024) / Math.Max(mappedSeconds, 1e-9):N2} GiB/s, {windows:N0} windows of {window:N0} bytes)");
        if (slide)
        {
            output.WriteLine($"sliding window: {file.WindowsMapped:N0} windows mapped one at a time, each holding views of up to {file.WindowSize:N0} bytes, instead of one mapping of {file.Length:N0} bytes");
        }

        long offset = offsetOption >= 0 ? Math.Min(offsetOption, file.Length - 1) : (long)(file.Length * 0.618);
        clock.Restart();
        (string line, long lineStart, bool cut) = MappedScanner.LineAt(file, offset);
        double jumpMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        long lineNumber = MappedScanner.LineNumberAt(file, lineStart, window);
        string where = cut ? $"longer than 8 KiB; shown from byte {lineStart:N0}, NULs trimmed" : $"starting at byte {lineStart:N0}";
        output.WriteLine($"jump: byte {offset:N0} is in line {lineNumber:N0} ({where}); the line was found in {jumpMs:N2} ms, " +
            $"its number counted over {lineStart:N0} bytes in {clock.Elapsed.TotalMilliseconds:N0} ms:");
        output.WriteLine($"  {line}");

        if (skipStreamReader)
        {
            return 0;
        }

        clock.Restart();
        (long readerLines, long readerMatches) = CountWithStreamReader(path, pattern);
        double readerSeconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"StreamReader: {readerLines:N0} lines, {readerMatches:N0} matches in {readerSeconds * 1000:N0} ms ({readerSeconds / Math.Max(mappedSeconds, 1e-9):N1}x the mapped scan's time)");
        bool agree = readerLines == lines && readerMatches == matches;
        output.WriteLine(agree ? "agreement: the mapped scan and StreamReader counted the same" : "agreement: COUNTS DIFFER");
        return agree ? 0 : 1;
    }

    private static (long Lines, long Matches) CountWithStreamReader(string path, string pattern)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        long lines = 0;
        long matches = 0;
        while (reader.ReadLine() is { } line)
        {
            lines++;
            int from = 0;
            int found;
            while ((found = line.IndexOf(pattern, from, StringComparison.Ordinal)) >= 0)
            {
                matches++;
                from = found + pattern.Length;
            }
        }

        return (lines, matches);
    }
}
