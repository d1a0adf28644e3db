using System;
using System.Globalization;
using System.IO;
using LogScan;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>The LogScan workload's synthetic log (a quarter of the record file's size), written once per size by the sample's generator.</summary>
internal static class LogFile
{
    /// <summary>Creates the log unless it exists; returns its path.</summary>
    public static string Ensure(long recordFileBytes)
    {
        long size = Math.Max(recordFileBytes / 4, 1L << 20);
        string path = Path.Combine(BenchSettings.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"log-{size}.txt"));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(BenchSettings.WorkDirectory);
            string temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            LogGenerator.Write(temporary, size, 42, TextWriter.Null);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }
}
