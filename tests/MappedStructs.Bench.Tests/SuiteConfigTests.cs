using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using MappedStructs.Benchmarks;

namespace MappedStructs.Bench.Tests;

/// <summary>
/// The suite's configuration as BenchmarkDotNet's command-line parser combines it with the arguments (nothing is run): a
/// job chosen there (<c>--job dry</c>) is the one that runs, and without one the Short job of the measured run does.
/// </summary>
public sealed class SuiteConfigTests
{
    [Theory]
    [InlineData("--job", "dry")]
    [InlineData("-j", "dry")]
    [InlineData("--job=dry", null)]
    public void A_job_chosen_on_the_command_line_replaces_the_Short_job(string option, string? value)
    {
        string[] args = value is null ? ["--filter", "*PointRead*", option] : ["--filter", "*PointRead*", option, value];

        Job job = Assert.Single(Parse(args).GetJobs());

        Assert.Equal(RunStrategy.ColdStart, job.Run.RunStrategy);
        Assert.Equal(1, job.Run.IterationCount);
        Assert.Equal(1, job.Run.LaunchCount);
    }

    [Fact]
    public void Without_a_job_on_the_command_line_the_Short_job_runs_three_launches_of_nine_iterations()
    {
        Job job = Assert.Single(Parse(["--filter", "*PointRead*"]).GetJobs());

        Assert.Equal("Short", job.Id);
        Assert.Equal(3, job.Run.LaunchCount);
        Assert.Equal(3, job.Run.WarmupCount);
        Assert.Equal(9, job.Run.IterationCount);
    }

    [Fact]
    public void Only_the_job_switch_counts_as_choosing_a_job()
    {
        Assert.True(SuiteConfig.ChoosesJob(["--job", "short"]));
        Assert.False(SuiteConfig.ChoosesJob(["--filter", "*job*", "--jobs"]));
        Assert.False(SuiteConfig.ChoosesJob([]));
    }

    private static IConfig Parse(string[] args)
    {
        (bool isSuccess, IConfig? config, _) = ConfigParser.Parse(args, NullLogger.Instance, SuiteConfig.ForCommandLine(args, disassembly: false, artifactsPath: null));
        Assert.True(isSuccess);
        return config!;
    }
}
