namespace MappedStructs;

/// <summary>What a published frame holds (docs/journal.md, "A cycle file").</summary>
internal enum FrameKind
{
    /// <summary>A message of bytes.</summary>
    Bytes = 1,

    /// <summary>A message that is one typed record, tagged with its layout's fingerprint.</summary>
    Typed = 2,

    /// <summary>The end of the cycle: the next message is in the next cycle file.</summary>
    EndOfCycle = 3,

    /// <summary>A frame whose appender died before publishing it; skipped, its sequence number unused.</summary>
    Abandoned = 4,
}
