using System;

namespace MappedStructs;

/// <summary>Where an anonymous tailer starts: after the last message, at a sequence number, or at the first message at or after a time.</summary>
public readonly record struct JournalStart
{
    private JournalStart(JournalStartKind kind, long sequence, DateTime time)
    {
        Kind = kind;
        Sequence = sequence;
        Time = time;
    }

    internal JournalStartKind Kind { get; }

    internal long Sequence { get; }

    internal DateTime Time { get; }

    /// <summary>After the last message published when the tailer is created: it reads only later messages.</summary>
    public static JournalStart End => new(JournalStartKind.End, 0, default);

    /// <summary>At the oldest message still kept.</summary>
    public static JournalStart Oldest => new(JournalStartKind.Oldest, 0, default);

    /// <summary>At message <paramref name="sequence"/> (or at the end when it is not written yet).</summary>
    public static JournalStart AtSequence(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        return new(JournalStartKind.Sequence, sequence, default);
    }

    /// <summary>At the first message whose timestamp is at or after <paramref name="time"/> (converted to UTC).</summary>
    public static JournalStart AtTime(DateTime time) => new(JournalStartKind.Time, 0, time.ToUniversalTime());
}
