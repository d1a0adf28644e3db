using System;
using System.Diagnostics;
using System.Globalization;
using HdrHistogram;

namespace JournalLatency;

/// <summary>One-way latencies in nanoseconds, recorded by the receiving process and printed as one <c>result</c> line.</summary>
internal sealed class Latencies
{
    private readonly LongHistogram _histogram = new(TimeSpan.TicksPerMinute * 100, 3);
    private readonly long _warmup;
    private long _seen;

    public Latencies(long warmup) => _warmup = warmup;

    public void Record(long sentAt)
    {
        long now = Stopwatch.GetTimestamp();
        if (_seen++ >= _warmup)
        {
            _histogram.RecordValue(Math.Max(0, (long)((now - sentAt) * (1e9 / Stopwatch.Frequency))));
        }
    }

    /// <summary><c>result name p50 p99 p99.9 max count</c>, in microseconds.</summary>
    public string ResultLine(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"result {name} {Us(50)} {Us(99)} {Us(99.9)} {_histogram.GetMaxValue() / 1000.0:F2} {_histogram.TotalCount}");

    private string Us(double percentile) => (_histogram.GetValueAtPercentile(percentile) / 1000.0).ToString("F2", CultureInfo.InvariantCulture);
}
