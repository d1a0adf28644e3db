using System;

namespace MappedStructs;

/// <summary>
/// When an appender flushes on its own (see <see cref="JournalAppender.Flush"/>): after every <see cref="EveryMessages"/>
/// messages, and at the first message once <see cref="Interval"/> has passed since the last flush; zero disables either.
/// </summary>
/// <param name="EveryMessages">Flush after this many messages; 0 for never by count.</param>
/// <param name="Interval">Flush at the first message this long after the previous flush; <see cref="TimeSpan.Zero"/> for never by time.</param>
public readonly record struct JournalSync(int EveryMessages, TimeSpan Interval)
{
    /// <summary>No automatic flush: messages survive any process's death, and power loss from the last explicit flush or dispose.</summary>
    public static JournalSync None => default;

    /// <summary>A flush after every message: each append returns only when the message is on disk (slow).</summary>
    public static JournalSync EveryMessage => new(1, TimeSpan.Zero);

    /// <summary>A flush after every <paramref name="messages"/> messages.</summary>
    public static JournalSync Every(int messages) => new(messages, TimeSpan.Zero);

    /// <summary>A flush at the first message once <paramref name="interval"/> has passed since the last one.</summary>
    public static JournalSync Periodic(TimeSpan interval) => new(0, interval);
}
