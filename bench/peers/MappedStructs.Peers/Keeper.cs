using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Peers;

/// <summary>
/// Holds the data file mapped between the contenders' runs: this VM drops file pages no process maps after about a minute
/// idle. First evicts the file and reads it back through a mapping advised <see cref="MapAdvice.HugePage"/>, because the
/// page cache keeps the folio size a page entered with, and only 2 MiB folios can be mapped with 2 MiB entries.
/// </summary>
internal static class Keeper
{
    /// <summary>Keeps <paramref name="path"/> mapped until process <paramref name="parentId"/> ends (or this one is killed).</summary>
    public static void Run(string path, int parentId, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        bool evicted = PageCache.TryEvict(path);
        using var file = MappedFile.Open(path, MapAccess.Read);
        file.Advise(0, file.Length, MapAdvice.HugePage);
        file.Prefault(0, file.Length);
        using MappedView view = file.CreateView();
        output.WriteLine($"keeper ready evicted={evicted} fill_seconds={clock.Elapsed.TotalSeconds:F3} mapping {MappingState.Of(path)}");
        output.Flush();

        while (IsAlive(parentId))
        {
            Thread.Sleep(1000);
        }

        GC.KeepAlive(view);
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
