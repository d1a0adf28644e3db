using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks;

/// <summary>
/// The suite's smoke run, callable from a test: every benchmark of the suite, once, on tiny data, in this process. It checks
/// that each one ran to completion and nothing about time.
/// </summary>
public static class QuickMode
{
    /// <summary>
    /// Runs every benchmark once and returns how many ran. Throws <see cref="InvalidOperationException"/> naming each benchmark
    /// that failed validation, threw, or produced no measurement.
    /// </summary>
    /// <param name="log">Where to write one line per benchmark; null for none.</param>
    public static int Run(TextWriter? log = null)
    {
        BenchSettings.UseQuickSizes();
        string artifacts = Path.Combine(BenchSettings.WorkDirectory, "quick-artifacts");
        DataFiles.EnsureAll();
        Summary[] summaries = BenchmarkRunner.Run(typeof(QuickMode).Assembly, SuiteConfig.Quick(artifacts, log));

        List<string> failures = [];
        int ran = 0;
        foreach (Summary summary in summaries)
        {
            foreach (string error in summary.ValidationErrors.Where(e => e.IsCritical).Select(e => e.Message))
            {
                failures.Add($"{summary.Title}: {error}");
            }

            foreach (BenchmarkCase benchmarkCase in summary.BenchmarksCases)
            {
                BenchmarkReport? report = summary[benchmarkCase];
                bool measured = report is { Success: true } &&
                    report.AllMeasurements.Any(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual);
                string name = $"{benchmarkCase.Descriptor.DisplayInfo} {benchmarkCase.Parameters.DisplayInfo}".TrimEnd();
                log?.WriteLine($"{(measured ? "ran   " : "FAILED")} {name}");
                if (measured)
                {
                    ran++;
                }
                else
                {
                    failures.Add($"{name} did not run to completion (see {artifacts})");
                }
            }
        }

        if (summaries.Length == 0)
        {
            failures.Add("BenchmarkDotNet found no benchmarks");
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException("Quick benchmark run failed:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
        }

        return ran;
    }
}
