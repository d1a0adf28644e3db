using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Samples;

/// <summary>Runs each sample's entry point with tiny arguments and checks the counts it prints, so samples cannot rot.</summary>
public sealed class SampleSmokeTests : IDisposable
{
    // samples/Shared/SelfProcess starts a sample's children through the dotnet host, as a reader of the samples would.
    private const string SamplesStartChildrenWithDotnet =
        "The sample starts its children with the dotnet host, which a self-contained publish (win-x64 under Wine) does not have.";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void OrderIndex_finds_the_same_records_in_the_mapping_and_through_read()
    {
        (int exit, string output) = Run(OrderIndex.Program.Run, "--count", "5000", "--lookups", "2000", "--read-lookups", "400", "--file", _dir.File("orders.tbl"));

        Assert.Equal(0, exit);
        Assert.Contains("built 5,000 records", output, StringComparison.Ordinal);
        Assert.Contains("mapped search: found 1,500 of 2,000 keys", output, StringComparison.Ordinal);
        Assert.Contains("read() search: found 300 of 400 keys", output, StringComparison.Ordinal);
        Assert.Contains("agreement     : both searches found the same records", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("orders.tbl")));
    }

    [Theory]
    [InlineData("ERROR", "4099")]
    [InlineData("ERROR", "3")]
    [InlineData("status=500 took=", "7")]
    [InlineData("worker-1", "65536")]
    public void LogScan_counts_what_the_generator_wrote_across_window_boundaries(string pattern, string window)
    {
        (int exit, string output) = Run(LogScan.Program.Run, "--size", "200K", "--window", window, "--pattern", pattern, "--file", _dir.File("log.txt"));

        Assert.Equal(0, exit);
        Match generated = Regex.Match(output, @"generated ([\d,]+) lines \(([\d,]+) ERROR lines\)");
        Match mapped = Regex.Match(output, @"mapped scan: ([\d,]+) lines, ([\d,]+) matches");
        Match reader = Regex.Match(output, @"StreamReader: ([\d,]+) lines, ([\d,]+) matches");
        Assert.True(generated.Success && mapped.Success && reader.Success, output);
        Assert.Equal(Number(generated, 1), Number(mapped, 1));
        Assert.Equal(Number(reader, 1), Number(mapped, 1));
        Assert.Equal(Number(reader, 2), Number(mapped, 2));
        if (pattern == "ERROR")
        {
            Assert.Equal(Number(generated, 2), Number(mapped, 2));
        }

        Assert.True(Number(mapped, 2) > 0, output);
        Assert.Contains("agreement: the mapped scan and StreamReader counted the same", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(13)]
    public void LogScan_counts_overlap_prone_matches_once_whatever_the_window(int window)
    {
        // "aa" in "aaaaa" matches twice without overlap (9 in all); windows of every size split the runs differently; the last
        // line has no newline.
        string path = _dir.File("tricky.txt");
        File.WriteAllText(path, "aaaaa\nbaab\naaa\n\naa aa aaa\naaaa");

        (int exit, string output) = Run(LogScan.Program.Run, "--file", path, "--pattern", "aa", "--window", window.ToString(CultureInfo.InvariantCulture), "--offset", "8");

        Assert.Equal(0, exit);
        Assert.Contains("mapped scan: 6 lines, 9 matches", output, StringComparison.Ordinal);
        Assert.Contains("StreamReader: 6 lines, 9 matches", output, StringComparison.Ordinal);
        Assert.Contains("jump: byte 8 is in line 2 (starting at byte 6);", output, StringComparison.Ordinal);
        Assert.Contains("  baab", output, StringComparison.Ordinal);
        Assert.True(File.Exists(path), "an existing file given with --file is not deleted");
    }

    [Fact]
    public void LogScan_window_maps_one_sliding_window_at_a_time_and_counts_what_the_whole_mapping_counts()
    {
        string path = _dir.File("log.txt");
        (int exit, string whole) = Run(LogScan.Program.Run, "--size", "300K", "--file", path, "--keep", "--no-streamreader");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("sliding window", whole, StringComparison.Ordinal);

        (exit, string windowed) = Run(LogScan.Program.Run, "--window", "64K", "--file", path, "--offset", "200000");

        Assert.Equal(0, exit);
        Match counts = Regex.Match(whole, @"mapped scan: ([\d,]+) lines, ([\d,]+) matches");
        Assert.True(counts.Success, whole);
        Assert.Contains(counts.Value, windowed, StringComparison.Ordinal);
        Match sliding = Regex.Match(windowed, @"sliding window: ([\d,]+) windows mapped one at a time, each holding views of up to 65,540 bytes, instead of one mapping of 307,\d{3} bytes");
        Assert.True(sliding.Success, windowed);
        // Windows places windows on its 64 KiB allocation granularity, so each window (the view size rounded up, plus one
        // granule) holds more of the file there and fewer are mapped.
        Assert.InRange(Number(sliding, 1), OperatingSystem.IsWindows() ? 2 : 5, 10);
        Assert.Contains("agreement: the mapped scan and StreamReader counted the same", windowed, StringComparison.Ordinal);
    }

    [Fact]
    public void LogScan_jump_into_a_very_long_line_shows_part_of_it_and_says_so()
    {
        string path = _dir.File("long.txt");
        File.WriteAllText(path, "first\n" + new string('a', 20_000) + "\nlast\n");

        (int exit, string output) = Run(LogScan.Program.Run, "--file", path, "--pattern", "last", "--offset", "10000");

        Assert.Equal(0, exit);
        Assert.Contains("mapped scan: 3 lines, 1 matches", output, StringComparison.Ordinal);
        Assert.Contains("jump: byte 10,000 is in line 2 (longer than 8 KiB; shown from byte 5,904, NULs trimmed)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedDictionary_children_share_the_file_and_lose_no_update()
    {
        Assert.SkipWhen(ProcessLauncher.IsSelfContained, SamplesStartChildrenWithDotnet);
        (int exit, string output) = Run(SharedDictionary.Program.Run, "--keys", "500", "--children", "2", "--ops", "3000", "--file", _dir.File("dict.tbl"));

        Assert.True(exit == 0, output);
        Assert.Contains("verified: 590 keys (expected 590), values sum to 6,000 (expected 6,000: no increment was lost), 30 contested keys won (expected 30", output, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(output, @"child +\d+: rss_kib=\d+ pss_kib=\d+, increments=3,000 inserted=30"));
    }

    [Fact]
    public void CopyOnWrite_leaves_the_file_unchanged_and_the_child_answers_through_the_shared_mapping()
    {
        Assert.SkipWhen(ProcessLauncher.IsSelfContained, SamplesStartChildrenWithDotnet);
        (int exit, string output) = Run(CopyOnWrite.Program.Run, "--records", "1000", "--every", "7", "--numbers", "100", "--dir", _dir.Path);

        Assert.True(exit == 0, output);
        Assert.Contains("patched 143 records", output, StringComparison.Ordinal);
        Assert.Contains("the file is unchanged", output, StringComparison.Ordinal);
        Assert.Contains("the file changed, as it should", output, StringComparison.Ordinal);
        Assert.Contains("0x123456789ABCDEF0", output, StringComparison.Ordinal);
        Assert.Contains("summed 100 numbers in place: 34,650", output, StringComparison.Ordinal);
        Assert.Contains("the child's answer matches", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_reject_unknown_options()
    {
        Assert.Throws<ArgumentException>(() => OrderIndex.Program.Run(["--bogus", "1"], TextWriter.Null));
        Assert.Throws<ArgumentException>(() => LogScan.Program.Run(["--size", "ten"], TextWriter.Null));
    }

    private static (int Exit, string Output) Run(Func<string[], TextWriter, int> sample, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        int exit = sample(args, output);
        return (exit, output.ToString());
    }

    private static long Number(Match match, int group) =>
        long.Parse(match.Groups[group].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
