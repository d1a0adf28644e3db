using System;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// Which benchmark this process runs. BenchmarkDotNet starts one child process per benchmark case and passes its full name
/// as <c>--benchmarkName</c>; in-process runs (the quick mode) have none, and then every case shares the process.
/// </summary>
internal static class CurrentBenchmark
{
    /// <summary>The full name ("Namespace.Class.Method(Param: value)"), or null in-process.</summary>
    public static string? FullName
    {
        get
        {
            string[] args = Environment.GetCommandLineArgs();
            for (int i = 0; i < args.Length - 1; i++)
            {
                if (args[i] == "--benchmarkName")
                {
                    return args[i + 1];
                }
            }

            return null;
        }
    }

    /// <summary>The method name alone, or null in-process.</summary>
    public static string? MethodName
    {
        get
        {
            if (FullName is not { } name)
            {
                return null;
            }

            int parameters = name.IndexOf('(', StringComparison.Ordinal);
            string withoutParameters = parameters < 0 ? name : name[..parameters];
            return withoutParameters[(withoutParameters.LastIndexOf('.') + 1)..];
        }
    }
}
