using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MappedStructs.Benchmarks.Columns;
using Perfolizer.Horology;

namespace MappedStructs.Benchmarks;

/// <summary>The two ways the suite runs: the measured run and the quick smoke run.</summary>
public static class SuiteConfig
{
    /// <summary>
    /// The measured run: three processes per benchmark, each a short job (3 warmups, 9 measured iterations of about 250 ms),
    /// so the whole suite finishes in about 30 minutes on 2 cores; median and ratio to the raw-pointer baseline,
    /// allocations, and the mapping's FilePmdMapped figure. Three launches because on a VM the same loop differs by 10-15%
    /// from one process to the next (where its memory lands); the statistics pool all three. <paramref name="disassembly"/>
    /// adds the JIT output of each benchmark instead, from one launch.
    /// </summary>
    public static IConfig Full(bool disassembly, string? artifactsPath) => Full(disassembly, artifactsPath, withShortJob: true);

    /// <summary>
    /// The measured run's configuration for a command line: <see cref="Full(bool, string?)"/>, except that a command line
    /// that chooses a job (<c>--job dry</c>, <c>-j medium</c>) gets that job instead of the Short one. BenchmarkDotNet
    /// takes a configuration's default job as the base of every run and ignores <c>--job</c> when there is one, so the
    /// Short job is left out rather than overridden.
    /// </summary>
    public static IConfig ForCommandLine(IReadOnlyList<string> args, bool disassembly, string? artifactsPath) =>
        Full(disassembly, artifactsPath, withShortJob: !ChoosesJob(args));

    /// <summary>Whether <paramref name="args"/> hold BenchmarkDotNet's job switch (<c>--job X</c>, <c>-j X</c>, <c>--job=X</c>).</summary>
    public static bool ChoosesJob(IReadOnlyList<string> args) =>
        args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal) || a.StartsWith("-j=", StringComparison.Ordinal));

    private static ManualConfig Full(bool disassembly, string? artifactsPath, bool withShortJob)
    {
        ManualConfig config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, new BandwidthColumn(), new MappingColumn())
            .HideColumns(Column.Error, Column.RatioSD)
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
            // The child project builds the generator, the analyzers and the runtime without the shared compiler: minutes on a
            // busy 2-core machine, beyond BenchmarkDotNet's default two.
            .WithBuildTimeout(System.TimeSpan.FromMinutes(20));
        if (withShortJob)
        {
            config.AddJob(Job.Default
                .WithId("Short")
                .WithLaunchCount(disassembly ? 1 : 3)
                .WithWarmupCount(3)
                .WithIterationCount(9)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .AsDefault());
        }

        if (disassembly)
        {
            config.AddDiagnoser(new DisassemblyDiagnoser(new DisassemblyDiagnoserConfig(maxDepth: 2, exportGithubMarkdown: true)));
        }

        if (artifactsPath is not null)
        {
            config.WithArtifactsPath(artifactsPath);
        }

        return config;
    }

    /// <summary>
    /// The quick run: in this process (no child build), each benchmark invoked once after one warmup invocation, on tiny
    /// data. It proves every benchmark still builds, sets up and runs; its times mean nothing.
    /// </summary>
    public static IConfig Quick(string artifactsPath, System.IO.TextWriter? log) =>
        ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(new Infrastructure.ErrorsOnlyLogger(log))
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile);
}
