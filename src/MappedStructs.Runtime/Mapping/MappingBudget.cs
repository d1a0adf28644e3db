using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// A process-wide budget of live mappings (one per <see cref="MappedRegion"/>: a file's first mapping, and one more per
/// growth or remap while older views live). Linux kills a process that passes <c>vm.max_map_count</c> inside the runtime
/// rather than failing one call, so this library refuses a new mapping with an <see cref="IOException"/> well before the limit,
/// leaving a quarter of it to the .NET runtime, native libraries and the splits madvise and mlock make.
/// Other OSes expose no such limit and have no budget. See docs/runtime.md, "How many mappings".
/// </summary>
internal static class MappingBudget
{
    private const string LinuxLimitFile = "/proc/sys/vm/max_map_count";

    private static int s_live;

    /// <summary>The most mappings this library keeps at once; settable so a child-process test can lower it.</summary>
    internal static int Limit { get; set; } = ReadLimit();

    /// <summary>Mappings of this library alive now.</summary>
    internal static int Live => Volatile.Read(ref s_live);

    /// <summary>Counts one more mapping, or throws naming the file when the budget is spent.</summary>
    internal static void Take(string? path, long length)
    {
        int live = Interlocked.Increment(ref s_live);
        if (live > Limit)
        {
            Interlocked.Decrement(ref s_live);
            throw Spent(path, length, live - 1);
        }
    }

    /// <summary>
    /// Throws as <see cref="Take"/> would, without taking: a growth asks before it lengthens the file, because Windows cannot
    /// shorten a file that is mapped, so a refusal after the lengthening could not be undone there.
    /// </summary>
    internal static void RequireRoom(string? path, long length)
    {
        int live = Live;
        if (live >= Limit)
        {
            throw Spent(path, length, live);
        }
    }

    /// <summary>Counts one mapping fewer.</summary>
    internal static void GiveBack() => Interlocked.Decrement(ref s_live);

    private static MappingBudgetExceededException Spent(string? path, long length, int live) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"Cannot map {length} bytes of {MappingErrors.Describe(path)}: this process already has {live} live mappings of MappedStructs, its budget of {Limit} (three quarters of vm.max_map_count, past which Linux ends the process). Dispose tables, files and views no longer needed; every growth of a file adds a mapping while views of the old length live."));

    private static int ReadLimit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return int.MaxValue;
        }

        try
        {
            return int.TryParse(File.ReadAllText(LinuxLimitFile).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int limit) && limit > 0
                ? Math.Max(1, limit / 4 * 3)
                : int.MaxValue;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No /proc (a sandbox): no budget, as on other OSes.
            return int.MaxValue;
        }
    }
}

/// <summary>The <see cref="IOException"/> of a spent <see cref="MappingBudget"/>; its own type so that callers that add the file's name to OS failures pass it on as it is.</summary>
internal sealed class MappingBudgetExceededException(string message) : IOException(message);
