using System.Diagnostics;
using System.Globalization;
using System.Threading;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// Maps every page of a mapping before the measurement, so the benchmarks measure loads and stores, not first-touch page
/// faults (1 GiB is 262,144 pages of 4 KiB; the random sequence would otherwise fault on most reads of the first passes).
/// </summary>
internal static class PageToucher
{
    private const int PageBytes = 4096;

    /// <summary>Touches one byte per 4 KiB page: a read, or for <paramref name="forWrite"/> a store of the same value (which
    /// also takes the write fault that dirty tracking of a shared mapping needs). Returns a line saying how long it took.</summary>
    public static unsafe string Touch(byte* start, long length, bool forWrite)
    {
        var watch = Stopwatch.StartNew();
        for (long offset = 0; offset < length; offset += PageBytes)
        {
            byte value = Volatile.Read(ref start[offset]);
            if (forWrite)
            {
                Volatile.Write(ref start[offset], value);
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"every page {(forWrite ? "written" : "read")} once before measuring, {watch.Elapsed.TotalMilliseconds:F0} ms");
    }
}
