using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.ColdReads;

/// <summary>
/// The cold-read protocol: for each trial, every method in a rotated order; for each, evict the file from the page cache,
/// wait a fixed delay, then time one pass. The delay is fixed because this VM returns freed memory to its host within
/// seconds, and whether that has happened changes cold timings by up to 3x.
/// </summary>
internal sealed class TrialRunner(ColdFile file, TimeSpan delay, TextWriter log)
{
    /// <summary>Every method once on the file as it is (untimed: compiles the code), then <paramref name="trials"/> timed trials.</summary>
    public List<Measurement> Run(IReadOnlyList<ColdMethod> methods, int trials)
    {
        foreach (ColdMethod method in methods)
        {
            _ = method.Run(file);
        }

        var measurements = new List<Measurement>();
        for (int trial = 0; trial < trials; trial++)
        {
            for (int k = 0; k < methods.Count; k++)
            {
                ColdMethod method = methods[(k + trial) % methods.Count];
                Measurement measurement = Measure(method, trial);
                log.WriteLine($"trial {trial + 1}/{trials} {method.Name,-28} {measurement.Seconds,9:F3} s  major faults {measurement.Io.MajorFaults,8}  read {measurement.Io.StorageReadBytes / (1 << 20),6} MiB  sum {measurement.Sum}");
                measurements.Add(measurement);
            }
        }

        return measurements;
    }

    private Measurement Measure(ColdMethod method, int trial)
    {
        if (!PageCache.TryEvict(file.Path))
        {
            throw new PlatformNotSupportedException("Cold reads need posix_fadvise (Linux).");
        }

        long resident = PageCache.ResidentBytes(file.Path);
        if (resident > file.RecordBytes / 10)
        {
            throw new IOException($"'{file.Path}': {resident} bytes stayed in the page cache after posix_fadvise(DONTNEED): another process maps it, or its file system (tmpfs?) cannot evict");
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Thread.Sleep(delay);
        var before = IoCounters.Now();
        var clock = Stopwatch.StartNew();
        string sum = method.Run(file);
        double seconds = clock.Elapsed.TotalSeconds;
        return new Measurement(method, trial, seconds, sum, IoCounters.Now() - before, resident);
    }
}
