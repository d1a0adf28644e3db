using System;
using System.Diagnostics;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Bench.Tests;

/// <summary>bench/peers/report.py, run as run.sh runs it, over raw lines written here.</summary>
public sealed class PeersReportTests
{
    private const string Facts = """
        date 2026-12-01 12:00 UTC
        table /tmp/t.tbl 4096 1000
        lookups 100

        """;

    [Fact]
    public void Agreeing_sums_give_a_report_with_ratios_and_verdicts()
    {
        (int exitCode, string report, _) = Run(Facts + Round("mappedstructs", "1.0", "5") + Round("c", "1.0", "5") + Round("rust", "1.0", "5"));
        Assert.Equal(0, exitCode);
        Assert.Contains("| within 1.10x of C | 1.00: met |", report, StringComparison.Ordinal);
        Assert.Contains("| scan_quantity | 5 |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_that_differs_fails_the_run_naming_the_contenders()
    {
        (int exitCode, string report, string error) = Run(Facts + Round("mappedstructs", "1.0", "5") + Round("c", "1.0", "6"));
        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, report);
        Assert.Contains("scan_quantity disagree", error, StringComparison.Ordinal);
        Assert.Contains("c=6", error, StringComparison.Ordinal);
        Assert.Contains("mappedstructs=5", error, StringComparison.Ordinal);
    }

    private static string Round(string name, string price, string quantity) => $"""
        round 1 touch {name} 0.1 7
        round 1 result {name} scan_price 0 0.010 {price}
        round 1 result {name} scan_quantity 0 0.010 {quantity}
        round 1 result {name} random_price 0 0.001 {price}
        round 1 mapping {name} 2048 2048 1

        """;

    private static (int ExitCode, string Report, string Error) Run(string raw)
    {
        using var directory = new TempDirectory();
        string rawPath = directory.File("raw.log");
        string reportPath = directory.File("report.md");
        File.WriteAllText(rawPath, raw);
        var start = new ProcessStartInfo("python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "bench", "peers", "report.py"));
        start.ArgumentList.Add(rawPath);
        start.ArgumentList.Add(reportPath);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not installed: bench/peers/report.py cannot run here");
            throw;
        }

        using (process)
        {
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, File.Exists(reportPath) ? File.ReadAllText(reportPath) : string.Empty, error);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MappedStructs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No MappedStructs.sln above {AppContext.BaseDirectory}");
    }
}
