using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// Runs a crash-test writer child and kills it (SIGKILL) the moment its progress says so: the part every crash trial shares.
/// </summary>
internal static class KilledWriter
{
    /// <summary>
    /// Starts <paramref name="start"/>, kills the child once <paramref name="isDue"/> holds for its progress (or it is done),
    /// waits for it to exit and returns the last count it reported committed. Fails the test when no flush completed;
    /// <paramref name="trial"/> describes the trial in messages.
    /// </summary>
    public static long RunAndKill(ProcessStartInfo start, ChildProgress progress, Func<ChildProgress, bool> isDue, string trial)
    {
        using Process child = ProcessLauncher.Start(start);
        Task<string> errors = child.StandardError.ReadToEndAsync();
        var reading = Task.Run(() => progress.ReadAll(child.StandardOutput));
        try
        {
            var timeout = Stopwatch.StartNew();
            while (!(progress.FirstCommit is not null && (progress.Done || isDue(progress))) && !reading.IsCompleted)
            {
                if (timeout.Elapsed > TimeSpan.FromMinutes(1))
                {
                    throw new TimeoutException($"The writer child made no progress to kill it at ({trial}).");
                }

                Thread.Sleep(1);
            }
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }

        // The reader drains what the child printed before it died: a "committed" among it is a flush that returned.
        reading.Wait();
        Assert.True(progress.FirstCommit is not null, $"the writer child never completed a flush: {errors.Result}");
        return progress.LastCommitted;
    }
}
