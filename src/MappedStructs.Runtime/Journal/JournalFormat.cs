namespace MappedStructs;

/// <summary>The offsets and constants of the journal's files (docs/journal.md, "The directory"); every integer is little-endian.</summary>
internal static class JournalFormat
{
    public const int Version = 1;
    public const int HeaderSize = 4096;
    public const long MinimumCycleSize = 64 * 1024;
    public const long MaximumCycleSize = 1L << 40;

    public const string MetaFileName = "journal.meta";
    public const string CycleExtension = ".cycle";
    public const int CycleDigits = 12;

    /// <summary>
    /// The name of a retired cycle kept for reuse (JournalSpareCycle) starts and ends so: hidden, not named like a cycle (no
    /// listing finds it), and with the retired cycle's number between, so that two spares never share a name.
    /// </summary>
    public const string SparePrefix = ".spare-";

    public const string SpareSuffix = ".cycle.tmp";

    /// <summary>
    /// The byte of a cycle file every opener locks shared and the recycler exclusive (JournalSpareCycle): far past any
    /// cycle's end, so it never overlaps data (a lock may lie past a file's end).
    /// </summary>
    public const long CycleInUseLockOffset = 1L << 62;

    // journal.meta (magic, version and header size at 0, 8 and 12, as in a cycle file: JournalHeader)
    public const ulong MetaMagic = 0x4C4E52554F4A534D; // "MSJOURNL"
    public const int MetaIdOffset = 16;
    public const int MetaCycleSizeOffset = 32;
    public const int MetaRollOffset = 40;
    public const int MetaCursorCountOffset = 44;
    public const int MetaCreatedOffset = 48;
    public const int MetaChecksumOffset = 56;
    public const int WakeWordOffset = 64;
    public const int SleepersOffset = 68;
    public const int BootIdOffset = 128;
    public const int CommitOffset = 256;
    public const int CommitSlotSize = 64;
    public const int CommitRecordLength = 40;
    public const int AppenderLockOffset = 1024;
    public const int CursorLockOffset = 1025;
    public const int CursorCount = 256;
    public const int CursorSlotSize = 64;
    public const int CursorNameLengthOffset = 8;
    public const int CursorNameOffset = 9;
    public const int MaximumCursorNameBytes = CursorSlotSize - CursorNameOffset;
    public const long MetaFileLength = HeaderSize + ((long)CursorCount * CursorSlotSize);

    // A cycle file's header.
    public const ulong CycleMagic = 0x454C4359434A534D; // "MSJCYCLE"
    public const int CycleIdOffset = 16;
    public const int CycleNumberOffset = 32;
    public const int CycleFirstSequenceOffset = 40;
    public const int CycleLengthOffset = 48;
    public const int CyclePeriodStartOffset = 56;
    public const int CycleChecksumOffset = 64;

    // A frame.
    public const int FrameHeaderSize = 32;
    public const int FrameAlignment = 8;
    public const int FrameKindOffset = 4;
    public const int FrameSequenceOffset = 8;
    public const int FrameTimestampOffset = 16;
    public const int FrameTagOffset = 24;

    /// <summary>A frame's length rounded up to the next frame's offset.</summary>
    public static long Aligned(long frameLength) => (frameLength + (FrameAlignment - 1)) & ~(long)(FrameAlignment - 1);
}
