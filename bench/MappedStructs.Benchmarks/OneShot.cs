using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Workloads;

namespace MappedStructs.Benchmarks;

/// <summary>
/// The loop a user meets first: one <see cref="TableLoopBenchmarks"/> or <see cref="TableRandomReadBenchmarks"/> method
/// called once in a fresh process, as shipped (tiered compilation, Tier0 and on-stack replacement, no warm-up), then again
/// to show the steady state of the same process. bench/one-shot.sh runs each loop in many processes and prints medians.
/// </summary>
public static class OneShot
{
    private static readonly Type[] s_suites = [typeof(TableLoopBenchmarks), typeof(TableRandomReadBenchmarks)];

    /// <summary>The loop names <see cref="Run"/> accepts, one a line.</summary>
    public static void List(TextWriter output)
    {
        foreach (MethodInfo method in s_suites.SelectMany(Benchmarks))
        {
            output.WriteLine(method.Name);
        }
    }

    /// <summary>
    /// Sets up the suite that declares <paramref name="loop"/>, times its first call, then <paramref name="repeats"/> more,
    /// and prints <c>loop first-ms steady-ms checksum</c> (steady: the fastest later call).
    /// </summary>
    public static int Run(string loop, int repeats, TextWriter output)
    {
        MethodInfo? method = s_suites.SelectMany(Benchmarks).FirstOrDefault(m => m.Name == loop);
        if (method is null)
        {
            output.WriteLine($"No loop named '{loop}'; --one-shot-list prints them.");
            return 1;
        }

        var suite = (Infrastructure.SampleTableBenchmark)Activator.CreateInstance(method.DeclaringType!)!;
        suite.SetUp();
        try
        {
            long start = Stopwatch.GetTimestamp();
            object? checksum = method.Invoke(suite, null);
            double first = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double steady = double.PositiveInfinity;
            for (int i = 0; i < repeats; i++)
            {
                start = Stopwatch.GetTimestamp();
                method.Invoke(suite, null);
                steady = Math.Min(steady, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{loop} {first:F3} {(repeats > 0 ? steady : first):F3} {checksum}"));
            return 0;
        }
        finally
        {
            suite.CleanUp();
        }
    }

    private static MethodInfo[] Benchmarks(Type suite) =>
        suite.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToArray();
}
