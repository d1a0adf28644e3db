using System.Globalization;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>The loop benchmarks' table of <see cref="Sample"/> records, built once per count and reused.</summary>
internal static class SampleTableFile
{
    /// <summary>Creates the table of <paramref name="count"/> samples unless a complete one exists; returns its path.</summary>
    public static string Ensure(long count) => ReusedTableFile.Ensure(
        string.Create(CultureInfo.InvariantCulture, $"samples-{count}.tbl"),
        count,
        existing => existing[count - 1].Load() == Sample.ForIndex(count - 1),
        Sample.ForIndex);
}
