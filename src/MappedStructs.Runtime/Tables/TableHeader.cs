using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace MappedStructs;

/// <summary>The validated header of a table file.</summary>
/// <param name="HeaderSize">Bytes before the records; a whole number of pages.</param>
/// <param name="RecordSize">Bytes per record.</param>
/// <param name="Fingerprint">The layout fingerprint the file was written with.</param>
/// <param name="RecordsOffset">Where record 0 starts.</param>
/// <param name="Capacity">Records the file has room for.</param>
/// <param name="Count">Records published.</param>
/// <param name="LayoutText">The layout's <see cref="LayoutInfo.Describe"/> text.</param>
/// <param name="Version">The file's format version.</param>
/// <param name="Commit">The newest valid commit record, its count validated against the capacity; null for version 1.</param>
internal readonly record struct TableHeader(
    int HeaderSize, int RecordSize, ulong Fingerprint, long RecordsOffset, long Capacity, long Count, string LayoutText,
    uint Version, TableCommitRecord? Commit)
{
    /// <summary>
    /// The id of the table's heap file, from the <c>heap=</c> token of the stored layout text (<see cref="TableHeapToken"/>),
    /// which <see cref="LayoutText"/> no longer holds; null for a table without a heap.
    /// </summary>
    public TableId? HeapId { get; init; }

    /// <summary>
    /// Whether the stored capacity lay past the file's end, as a power loss can leave a version 2 file (growth does not sync
    /// the file's new length; the next commit does): <see cref="Capacity"/> is then what the file holds, which covers the
    /// committed count, and the next writer lowers the stored capacity to it (docs/tables.md, "Crash safety").
    /// </summary>
    public bool CapacityPastFileEnd { get; init; }

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The header size needed to hold <paramref name="layoutText"/>, rounded up to whole pages.</summary>
    public static int SizeFor(string layoutText)
    {
        int needed = TableFormat.FixedLength + s_strictUtf8.GetByteCount(layoutText) + TableFormat.CommitAreaLength;
        int size = (needed + TableFormat.PageSize - 1) / TableFormat.PageSize * TableFormat.PageSize;
        if (size > TableFormat.MaxHeaderSize)
        {
            throw new ArgumentException($"The layout description is {needed} bytes; a table header holds at most {TableFormat.MaxHeaderSize}.", nameof(layoutText));
        }

        return size;
    }

    /// <summary>
    /// Writes a fresh header (count 0, both commit records valid with count 0) into <paramref name="destination"/>, which
    /// is <see cref="SizeFor"/> bytes long, and returns what it wrote.
    /// </summary>
    public static TableHeader Write(Span<byte> destination, LayoutInfo layout, long capacity, TableId? heapId = null)
    {
        string text = TableHeapToken.Add(layout.Describe(), heapId);
        int headerSize = SizeFor(text);
        destination = destination[..headerSize];
        destination.Clear();
        int textLength = s_strictUtf8.GetBytes(text, destination[TableFormat.LayoutTextOffset..]);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[TableFormat.MagicOffset..], TableFormat.Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[TableFormat.VersionOffset..], TableFormat.Version);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[TableFormat.HeaderSizeOffset..], (uint)headerSize);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[TableFormat.RecordSizeOffset..], (uint)layout.Size);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[TableFormat.LayoutTextLengthOffset..], (uint)textLength);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[TableFormat.FingerprintOffset..], layout.Fingerprint);
        BinaryPrimitives.WriteInt64LittleEndian(destination[TableFormat.RecordsOffsetOffset..], headerSize);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[TableFormat.ChecksumOffset..], Checksum(destination, textLength));
        BinaryPrimitives.WriteInt64LittleEndian(destination[TableFormat.CapacityOffset..], capacity);
        BinaryPrimitives.WriteInt64LittleEndian(destination[TableFormat.CountOffset..], 0);
        var older = new TableCommitRecord(0, 0, WriterActive: false);
        older.WriteTo(destination, headerSize);
        TableCommitRecord newest = older.Next(0, writerActive: false);
        newest.WriteTo(destination, headerSize);
        return new TableHeader(headerSize, layout.Size, layout.Fingerprint, headerSize, capacity, 0, layout.Describe(), TableFormat.Version, newest) { HeapId = heapId };
    }

    /// <summary>
    /// Reads and validates a header. <paramref name="prefix"/> holds the first min(file length, <see cref="TableFormat.MaxHeaderSize"/>)
    /// bytes of a file of <paramref name="fileLength"/> bytes. Every number is checked before use; any problem throws
    /// <see cref="InvalidTableFileException"/> naming <paramref name="path"/>.
    /// </summary>
    public static TableHeader Read(ReadOnlySpan<byte> prefix, long fileLength, string path)
    {
        if (fileLength < TableFormat.FixedLength || prefix.Length < TableFormat.FixedLength)
        {
            throw Invalid(path, TableFileProblem.Truncated, $"the file is {fileLength} bytes; a table header needs at least {TableFormat.FixedLength}.");
        }

        ulong magic = BinaryPrimitives.ReadUInt64LittleEndian(prefix[TableFormat.MagicOffset..]);
        if (magic != TableFormat.Magic)
        {
            throw Invalid(path, TableFileProblem.BadMagic, $"the first 8 bytes are 0x{magic:X16}, not the table magic \"MSTABLE\\0\".");
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(prefix[TableFormat.VersionOffset..]);
        if (version is < TableFormat.OldestReadableVersion or > TableFormat.Version)
        {
            throw Invalid(path, TableFileProblem.UnsupportedVersion, $"format version {version} is not supported; this library reads versions {TableFormat.OldestReadableVersion} to {TableFormat.Version}.");
        }

        uint headerSize = BinaryPrimitives.ReadUInt32LittleEndian(prefix[TableFormat.HeaderSizeOffset..]);
        if (headerSize < TableFormat.PageSize || headerSize > TableFormat.MaxHeaderSize || headerSize % TableFormat.PageSize != 0)
        {
            throw Invalid(path, TableFileProblem.InvalidHeaderField, $"header size {headerSize} is not a whole number of {TableFormat.PageSize}-byte pages up to {TableFormat.MaxHeaderSize}.");
        }

        if (headerSize > fileLength || headerSize > prefix.Length)
        {
            throw Invalid(path, TableFileProblem.Truncated, $"the header is {headerSize} bytes but the file is only {fileLength}.");
        }

        uint textLength = BinaryPrimitives.ReadUInt32LittleEndian(prefix[TableFormat.LayoutTextLengthOffset..]);
        uint commitArea = version >= TableFormat.CommitRecordsVersion ? TableFormat.CommitAreaLength : 0u;
        if (textLength > headerSize - TableFormat.LayoutTextOffset - commitArea)
        {
            throw Invalid(path, TableFileProblem.InvalidHeaderField, $"layout text length {textLength} does not fit in a {headerSize}-byte header of version {version}.");
        }

        ulong storedChecksum = BinaryPrimitives.ReadUInt64LittleEndian(prefix[TableFormat.ChecksumOffset..]);
        ulong actualChecksum = Checksum(prefix, (int)textLength);
        if (storedChecksum != actualChecksum)
        {
            throw Invalid(path, TableFileProblem.ChecksumMismatch, $"header checksum is 0x{storedChecksum:X16} but the header hashes to 0x{actualChecksum:X16}.");
        }

        uint recordSize = BinaryPrimitives.ReadUInt32LittleEndian(prefix[TableFormat.RecordSizeOffset..]);
        if (recordSize == 0 || recordSize > int.MaxValue)
        {
            throw Invalid(path, TableFileProblem.InvalidHeaderField, $"record size {recordSize} is not between 1 and {int.MaxValue}.");
        }

        long recordsOffset = BinaryPrimitives.ReadInt64LittleEndian(prefix[TableFormat.RecordsOffsetOffset..]);
        if (recordsOffset != headerSize)
        {
            throw Invalid(path, TableFileProblem.InvalidHeaderField, $"records offset {recordsOffset} differs from the header size {headerSize}.");
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(prefix.Slice(TableFormat.LayoutTextOffset, (int)textLength));
        }
        catch (DecoderFallbackException e)
        {
            throw Invalid(path, TableFileProblem.InvalidHeaderField, $"the layout text is not valid UTF-8 ({e.Message}).");
        }

        long capacity = BinaryPrimitives.ReadInt64LittleEndian(prefix[TableFormat.CapacityOffset..]);
        long count = BinaryPrimitives.ReadInt64LittleEndian(prefix[TableFormat.CountOffset..]);
        bool pastFileEnd = version >= TableFormat.CommitRecordsVersion && IsPastFileEnd(fileLength, recordsOffset, recordSize, capacity);
        ValidateExtent(path, pastFileEnd ? long.MaxValue : fileLength, recordsOffset, recordSize, capacity, count);
        TableCommitRecord? commit = version >= TableFormat.CommitRecordsVersion ? ReadCommit(prefix, (int)headerSize, capacity, path) : null;
        if (pastFileEnd)
        {
            capacity = FileCapacity(path, fileLength, recordsOffset, recordSize, capacity, commit!.Value);
        }

        ulong fingerprint = BinaryPrimitives.ReadUInt64LittleEndian(prefix[TableFormat.FingerprintOffset..]);
        (string layoutText, TableId? heapId) = TableHeapToken.Split(text, path);
        return new TableHeader((int)headerSize, (int)recordSize, fingerprint, recordsOffset, capacity, count, layoutText, version, commit)
        {
            HeapId = heapId,
            CapacityPastFileEnd = pastFileEnd,
        };
    }

    /// <summary>
    /// Whether <paramref name="capacity"/> (a representable one) needs more bytes than a file of <paramref name="fileLength"/>
    /// has. For a version 2 file that is what a power loss leaves when the header page reached the disk before the file's
    /// new length; the running writer lengthens the file before it stores a capacity, so nothing else does while it lives.
    /// </summary>
    public static bool IsPastFileEnd(long fileLength, long recordsOffset, long recordSize, long capacity) =>
        capacity >= 0 && capacity <= (long.MaxValue - recordsOffset) / recordSize && recordsOffset + (capacity * recordSize) > fileLength;

    /// <summary>
    /// The records a file of <paramref name="fileLength"/> bytes holds, for a stored capacity past its end: accepted when it
    /// covers the committed count (the file then holds every record a commit vouched for). Otherwise the file was cut
    /// short, which no crash does, and it is refused as <see cref="TableFileProblem.CapacityBeyondFile"/>.
    /// </summary>
    private static long FileCapacity(string path, long fileLength, long recordsOffset, long recordSize, long capacity, TableCommitRecord commit)
    {
        long fileCapacity = (fileLength - recordsOffset) / recordSize;
        if (commit.Count > fileCapacity)
        {
            throw Invalid(path, TableFileProblem.CapacityBeyondFile, $"capacity {capacity} needs {recordsOffset + (capacity * recordSize)} bytes but the file is {fileLength}, which does not hold the {commit.Count} committed records (commit {commit.Sequence}): the file was cut short.");
        }

        return fileCapacity;
    }

    /// <summary>
    /// The newest valid commit record, its count checked against the capacity. Each commit writes one record and leaves
    /// the other intact, so both invalid means damage beyond a torn write; the count cannot be trusted then, and the file is refused.
    /// </summary>
    public static TableCommitRecord ReadCommit(ReadOnlySpan<byte> header, int headerSize, long capacity, string path)
    {
        TableCommitRecord commit = TableCommitRecord.ReadNewest(header, headerSize)
            ?? throw Invalid(path, TableFileProblem.ChecksumMismatch, $"neither commit record (at offsets {headerSize - TableFormat.CommitAreaLength} and {headerSize - TableFormat.SectorSize}) is valid, so no record count is known to be durable.");
        if (commit.Count < 0 || commit.Count > capacity)
        {
            throw Invalid(path, TableFileProblem.CountAboveCapacity, $"committed record count {commit.Count} (commit {commit.Sequence}) is not between 0 and the capacity {capacity}.");
        }

        return commit;
    }

    /// <summary>Checks capacity and count against each other and the file length; used at open and after another process grows the file.</summary>
    public static void ValidateExtent(string path, long fileLength, long recordsOffset, long recordSize, long capacity, long count)
    {
        if (capacity < 0 || capacity > (long.MaxValue - recordsOffset) / recordSize)
        {
            throw Invalid(path, TableFileProblem.Overflow, $"capacity {capacity} records of {recordSize} bytes after offset {recordsOffset} does not fit in a 64-bit file offset.");
        }

        long needed = recordsOffset + (capacity * recordSize);
        if (needed > fileLength)
        {
            throw Invalid(path, TableFileProblem.CapacityBeyondFile, $"capacity {capacity} needs {needed} bytes but the file is {fileLength}.");
        }

        if (count < 0 || count > capacity)
        {
            throw Invalid(path, TableFileProblem.CountAboveCapacity, $"record count {count} is not between 0 and the capacity {capacity}.");
        }
    }

    /// <summary>FNV-1a (64-bit) over the fixed fields before the checksum and the layout text.</summary>
    private static ulong Checksum(ReadOnlySpan<byte> header, int textLength)
    {
        ulong hash = Fnv1a64.Append(Fnv1a64.Basis, header[..TableFormat.ChecksummedFixedLength]);
        return Fnv1a64.Append(hash, header.Slice(TableFormat.LayoutTextOffset, textLength));
    }

    private static InvalidTableFileException Invalid(string path, TableFileProblem problem, string detail) =>
        new(path, problem, string.Create(CultureInfo.InvariantCulture, $"{detail}"));
}
