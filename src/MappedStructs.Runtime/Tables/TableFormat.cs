namespace MappedStructs;

/// <summary>
/// The table file format, versions 1 and 2: every offset and constant in one place. See docs/tables.md for the prose.
/// All header numbers are little-endian. Bytes [0, <see cref="ChecksummedFixedLength"/>) and the layout text never
/// change after creation and are covered by the checksum; capacity and count change and are not. Version 2 adds the two
/// commit records at the end of the header (see <see cref="TableCommitRecord"/>), each with its own checksum.
/// </summary>
internal static class TableFormat
{
    /// <summary>"MSTABLE" followed by a NUL byte, read as a little-endian 64-bit number.</summary>
    public const ulong Magic = 0x0045_4C42_4154_534DUL;

    /// <summary>The format version this library writes: version 1 plus the commit records.</summary>
    public const uint Version = 2;

    /// <summary>The oldest version this library reads; version 1 files have no commit records and trust the live count.</summary>
    public const uint OldestReadableVersion = 1;

    /// <summary>The first version with commit records.</summary>
    public const uint CommitRecordsVersion = 2;

    /// <summary>Header sizes are whole pages so that records start page-aligned.</summary>
    public const int PageSize = 4096;

    /// <summary>The largest header (and so the largest layout text) accepted; protects against absurd header sizes.</summary>
    public const int MaxHeaderSize = 1 << 20;

    public const int MagicOffset = 0;            // u64
    public const int VersionOffset = 8;          // u32
    public const int HeaderSizeOffset = 12;      // u32
    public const int RecordSizeOffset = 16;      // u32
    public const int LayoutTextLengthOffset = 20; // u32
    public const int FingerprintOffset = 24;     // u64
    public const int RecordsOffsetOffset = 32;   // u64
    public const int ChecksumOffset = 40;        // u64, FNV-1a over [0, 40) and the layout text
    public const int CapacityOffset = 48;        // i64, records the file has room for; grows
    public const int CountOffset = 56;           // i64, records published; written with release, read with acquire
    public const int LayoutTextOffset = 64;      // UTF-8 text of LayoutInfo.Describe()

    /// <summary>
    /// The byte a ReadWrite table locks exclusively for its lifetime, so that a second writer is refused. It lies far beyond
    /// any table's length because Windows byte-range locks are mandatory for ReadFile/WriteFile: a lock on a header byte
    /// would stop tools that read the header with ordinary file reads. Locks may lie beyond the end of a file on every OS.
    /// </summary>
    public const long WriterLockOffset = 1L << 62;

    /// <summary>
    /// The unit a disk writes atomically (the assumption the commit protocol rests on). Each commit record starts its own
    /// sector, so a torn write of the header page can damage at most the one record being written.
    /// </summary>
    public const int SectorSize = 512;

    /// <summary>Version 2: the last two sectors of the header hold commit records 0 and 1; the layout text must end before them.</summary>
    public const int CommitAreaLength = 2 * SectorSize;

    /// <summary>The bytes of one commit record at the start of its sector; the rest of the sector is zero.</summary>
    public const int CommitRecordLength = 32;

    public const int CommitSequenceOffset = 0;   // u64 within a record; record (sequence mod 2) holds it
    public const int CommitCountOffset = 8;      // i64, records synced before this record was written
    public const int CommitFlagsOffset = 16;     // u32, CommitFlagWriterActive or 0; the next u32 is zero
    public const int CommitChecksumOffset = 24;  // u64, FNV-1a over the 24 bytes before it

    /// <summary>Set while a writer appends; cleared by its final commit when it is disposed.</summary>
    public const uint CommitFlagWriterActive = 1;

    /// <summary>The length of the fixed fields; a file shorter than this is truncated.</summary>
    public const int FixedLength = LayoutTextOffset;

    /// <summary>The checksum covers the fixed fields before it.</summary>
    public const int ChecksummedFixedLength = ChecksumOffset;
}
