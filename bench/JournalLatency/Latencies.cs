using System;
using System.Diagnostics;
using System.Globalization;
using HdrHistogram;

namespace JournalLatency;

/// <summary>One-way latencies in nanoseconds, recorded by the receiving process and printed as one <c>result</c> line.</summary>
internal sealed class Latencies
{
    private readonly LongHistogram _histogram = new(TimeSpan.TicksPerMinute * 100, 3);
    private readonly LongHistogram _fromIntended = new(TimeSpan.TicksPerMinute * 100, 3);
    private readonly long _warmup;
    private long _seen;

    public Latencies(long warmup) => _warmup = warmup;

    public void Record(long sentAt, long dueAt = 0)
    {
        long now = Stopwatch.GetTimestamp();
        if (_seen++ >= _warmup)
        {
            _histogram.RecordValue(Nanoseconds(now - sentAt));
            if (dueAt != 0)
            {
                _fromIntended.RecordValue(Nanoseconds(now - dueAt));
            }
        }
    }

    private static long Nanoseconds(long ticks) => Math.Max(0, (long)(ticks * (1e9 / Stopwatch.Frequency)));

    /// <summary><c>intended name p50 p99 p99.9 max count</c>: the latencies from when each message was due (coordinated omission corrected).</summary>
    public string IntendedLine(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"intended {name} {Us(_fromIntended, 50)} {Us(_fromIntended, 99)} {Us(_fromIntended, 99.9)} {_fromIntended.GetMaxValue() / 1000.0:F2} {_fromIntended.TotalCount}");

    /// <summary><c>result name p50 p99 p99.9 max count</c>, in microseconds.</summary>
    public string ResultLine(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"result {name} {Us(_histogram, 50)} {Us(_histogram, 99)} {Us(_histogram, 99.9)} {_histogram.GetMaxValue() / 1000.0:F2} {_histogram.TotalCount}");

    private static string Us(LongHistogram histogram, double percentile) => (histogram.GetValueAtPercentile(percentile) / 1000.0).ToString("F2", CultureInfo.InvariantCulture);
}
