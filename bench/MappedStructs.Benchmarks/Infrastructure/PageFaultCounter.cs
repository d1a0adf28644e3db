using System;
using System.Globalization;
using System.IO;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>This process's minor and major page-fault counts (/proc/self/stat fields 10 and 12); zero off Linux.</summary>
internal static class PageFaultCounter
{
    /// <summary>The counts so far.</summary>
    public static (long Minor, long Major) Read()
    {
        const string StatPath = "/proc/self/stat";
        if (!File.Exists(StatPath))
        {
            return (0, 0);
        }

        // The command name (field 2) is parenthesised and may hold spaces; the fields after its closing parenthesis are plain.
        string text = File.ReadAllText(StatPath);
        string[] fields = text[(text.LastIndexOf(')') + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // fields[0] is field 3 (state), so field N is fields[N - 3].
        return (long.Parse(fields[10 - 3], CultureInfo.InvariantCulture), long.Parse(fields[12 - 3], CultureInfo.InvariantCulture));
    }
}
