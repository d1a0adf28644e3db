using System;
using System.Globalization;
using System.IO;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// The sizes one run uses. They travel to BenchmarkDotNet's child processes as environment variables (children inherit the
/// host's environment), so the host decides once and every benchmark process agrees.
/// </summary>
public static class BenchSettings
{
    /// <summary>Environment variable: the record file's size in bytes.</summary>
    public const string DataBytesVariable = "MAPPEDSTRUCTS_BENCH_DATA_BYTES";

    /// <summary>Environment variable: how many entries the random index sequence has.</summary>
    public const string RandomIndexCountVariable = "MAPPEDSTRUCTS_BENCH_RANDOM_INDICES";

    /// <summary>Environment variable: how many layouts the generator and analyzer benchmarks compile.</summary>
    public const string LayoutCountVariable = "MAPPEDSTRUCTS_BENCH_LAYOUTS";

    /// <summary>Environment variable: the folder holding the record files and the per-benchmark mapping statistics.</summary>
    public const string WorkDirectoryVariable = "MAPPEDSTRUCTS_BENCH_DIR";

    /// <summary>Environment variable: "1" in the quick mode.</summary>
    public const string QuickVariable = "MAPPEDSTRUCTS_BENCH_QUICK";

    /// <summary>Whether this is the quick mode's run (set before BenchmarkDotNet reads the benchmark classes).</summary>
    public static bool IsQuick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    /// <summary>The full suite's record file: 1 GiB, far larger than the CPU caches, so random reads miss them.</summary>
    public const long DefaultDataBytes = 1L << 30;

    /// <summary>The quick mode's record file: 1 MiB, enough to exercise every code path.</summary>
    public const long QuickDataBytes = 1L << 20;

    /// <summary>
    /// Random reads per benchmark invocation. A constant because BenchmarkDotNet's OperationsPerInvoke is an attribute argument;
    /// each invocation takes the next slice of this length from the shared random index sequence.
    /// </summary>
    public const int ReadsPerInvocation = 1 << 16;

    /// <summary>The full suite's random index sequence: 4 Mi entries (16 MiB), far more than any cache holds.</summary>
    public const int DefaultRandomIndexCount = 1 << 22;

    /// <summary>The full suite's layout count for the generator and analyzer benchmarks.</summary>
    public const int DefaultLayoutCount = 1000;

    /// <summary>The quick mode's layout count.</summary>
    public const int QuickLayoutCount = 10;

    /// <summary>The record file's size in bytes for this run.</summary>
    public static long DataBytes => ReadLong(DataBytesVariable, DefaultDataBytes);

    /// <summary>The random index sequence's length for this run (a multiple of <see cref="ReadsPerInvocation"/>).</summary>
    public static int RandomIndexCount => (int)ReadLong(RandomIndexCountVariable, DefaultRandomIndexCount);

    /// <summary>The layout count for the compile-time benchmarks in this run.</summary>
    public static int LayoutCount => (int)ReadLong(LayoutCountVariable, DefaultLayoutCount);

    /// <summary>The folder for record files and statistics.</summary>
    public static string WorkDirectory =>
        Environment.GetEnvironmentVariable(WorkDirectoryVariable) is { Length: > 0 } dir
            ? dir
            : Path.Combine(Path.GetTempPath(), "mappedstructs-bench");

    /// <summary>Sets the quick mode's sizes for this process and every benchmark process it starts.</summary>
    public static void UseQuickSizes()
    {
        Environment.SetEnvironmentVariable(QuickVariable, "1");
        Environment.SetEnvironmentVariable(DataBytesVariable, QuickDataBytes.ToString(CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable(RandomIndexCountVariable, ReadsPerInvocation.ToString(CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable(LayoutCountVariable, QuickLayoutCount.ToString(CultureInfo.InvariantCulture));
    }

    private static long ReadLong(string name, long fallback)
    {
        string? text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) || value <= 0)
        {
            throw new InvalidOperationException($"Environment variable {name}='{text}' is not a positive integer.");
        }

        return value;
    }
}
