using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// For benchmarks whose one operation takes seconds (compiling 1,000 layouts): no pilot, one launch, one warmup and three measured iterations of one invocation
/// each in the full run, so the suite stays within its time budget. No effect in the quick mode, which already runs each benchmark once.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class FewIterationsAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the job mutator (or nothing in the quick mode).</summary>
    public FewIterationsAttribute() =>
        Config = BenchSettings.IsQuick
            ? ManualConfig.CreateEmpty()
            : ManualConfig.CreateEmpty().AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).AsMutator());

    /// <inheritdoc />
    public IConfig Config { get; }
}
