namespace MappedStructs;

/// <summary>When a journal's appender starts a new cycle file, besides when a message would not fit in the current one.</summary>
public enum JournalRoll
{
    /// <summary>Only when the current cycle file is full.</summary>
    BySize = 0,

    /// <summary>Also at the first message after each UTC hour ends.</summary>
    Hourly = 1,

    /// <summary>Also at the first message after each UTC day ends.</summary>
    Daily = 2,
}
