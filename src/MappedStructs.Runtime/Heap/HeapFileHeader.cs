using System;
using System.Buffers.Binary;
using System.Globalization;

namespace MappedStructs;

/// <summary>
/// The validated header page of a heap file (<see cref="HeapFormat"/>): whose heap it is, how many value bytes are published,
/// and the newest valid commit record, whose <see cref="TableCommitRecord.Count"/> is the committed heap length in bytes.
/// </summary>
/// <param name="TableId">The id of the table the heap belongs to.</param>
/// <param name="PublishedLength">Bytes of values published (the live length readers resolve references against).</param>
/// <param name="Commit">The newest valid commit record: the heap length that was durable when it was written.</param>
internal readonly record struct HeapFileHeader(TableId TableId, long PublishedLength, TableCommitRecord Commit)
{
    /// <summary>Writes a fresh header for the heap of table <paramref name="id"/> (nothing published, both commit records valid with length 0).</summary>
    public static HeapFileHeader Write(Span<byte> destination, TableId id)
    {
        destination = destination[..HeapFormat.HeaderSize];
        destination.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(destination[HeapFormat.MagicOffset..], HeapFormat.Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[HeapFormat.VersionOffset..], HeapFormat.Version);
        id.WriteTo(destination[HeapFormat.TableIdOffset..]);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[HeapFormat.ChecksumOffset..], Checksum(destination));
        var older = new TableCommitRecord(0, 0, WriterActive: false);
        older.WriteTo(destination, HeapFormat.HeaderSize);
        TableCommitRecord newest = older.Next(0, writerActive: false);
        newest.WriteTo(destination, HeapFormat.HeaderSize);
        return new HeapFileHeader(id, 0, newest);
    }

    /// <summary>
    /// Reads and validates the header page <paramref name="page"/> of the heap file <paramref name="heapPath"/>
    /// (<paramref name="fileLength"/> bytes) that table <paramref name="tablePath"/> with id <paramref name="expected"/> names.
    /// Every field is checked before use; any problem throws <see cref="InvalidTableFileException"/> naming the heap file
    /// (and the table, when the heap is another table's).
    /// </summary>
    public static HeapFileHeader Read(ReadOnlySpan<byte> page, long fileLength, string heapPath, string tablePath, TableId expected)
    {
        if (fileLength < HeapFormat.HeaderSize || page.Length < HeapFormat.HeaderSize)
        {
            throw Invalid(heapPath, TableFileProblem.Truncated, $"the heap file is {fileLength} bytes; a heap header needs {HeapFormat.HeaderSize}.");
        }

        ulong magic = BinaryPrimitives.ReadUInt64LittleEndian(page[HeapFormat.MagicOffset..]);
        if (magic != HeapFormat.Magic)
        {
            throw Invalid(heapPath, TableFileProblem.BadMagic, $"the first 8 bytes are 0x{magic:X16}, not the heap magic \"MSHEAP\\0\\0\".");
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(page[HeapFormat.VersionOffset..]);
        if (version != HeapFormat.Version)
        {
            throw Invalid(heapPath, TableFileProblem.UnsupportedVersion, $"heap format version {version} is not supported; this library reads version {HeapFormat.Version}.");
        }

        uint zero = BinaryPrimitives.ReadUInt32LittleEndian(page[HeapFormat.ZeroOffset..]);
        if (zero != 0)
        {
            throw Invalid(heapPath, TableFileProblem.InvalidHeaderField, $"the reserved word at offset {HeapFormat.ZeroOffset} is 0x{zero:X8}, not 0.");
        }

        ulong storedChecksum = BinaryPrimitives.ReadUInt64LittleEndian(page[HeapFormat.ChecksumOffset..]);
        ulong actualChecksum = Checksum(page);
        if (storedChecksum != actualChecksum)
        {
            throw Invalid(heapPath, TableFileProblem.ChecksumMismatch, $"heap header checksum is 0x{storedChecksum:X16} but the header hashes to 0x{actualChecksum:X16}.");
        }

        var id = TableId.Read(page[HeapFormat.TableIdOffset..]);
        if (id != expected)
        {
            throw Invalid(heapPath, TableFileProblem.HeapMismatch, $"it is the heap of table id {id}, but the table '{tablePath}' has id {expected}: the heap belongs to another table (or to this one before it was rewritten).");
        }

        long published = BinaryPrimitives.ReadInt64LittleEndian(page[HeapFormat.PublishedLengthOffset..]);
        TableCommitRecord commit = TableCommitRecord.ReadNewest(page, HeapFormat.HeaderSize)
            ?? throw Invalid(heapPath, TableFileProblem.ChecksumMismatch, $"neither heap commit record (at offsets {HeapFormat.HeaderSize - TableFormat.CommitAreaLength} and {HeapFormat.HeaderSize - TableFormat.SectorSize}) is valid, so no heap length is known to be durable.");
        ValidateLength(heapPath, $"committed heap length (commit {commit.Sequence})", commit.Count, fileLength);

        // A running writer lengthens the file before it publishes, so a published length past the file's end is only what a
        // power loss leaves: the header page reached the disk, the file's new length (synced at the next commit) did not.
        // Nothing past the committed length was committed, so the heap opens at it. Any other bad published length is refused.
        if (IsStale(published, fileLength))
        {
            return new HeapFileHeader(id, commit.Count, commit);
        }

        ValidateLength(heapPath, "published heap length", published, fileLength);
        return new HeapFileHeader(id, published, commit);
    }

    /// <summary>
    /// Throws <see cref="InvalidTableFileException"/> naming <paramref name="heapPath"/> unless <paramref name="length"/> is a
    /// whole number of <see cref="HeapReference.OffsetUnit"/>s that the file's data (past its header page) holds.
    /// </summary>
    public static void ValidateLength(string heapPath, string what, long length, long fileLength)
    {
        string? problem = LengthProblem(length, fileLength);
        if (problem is not null)
        {
            throw Invalid(heapPath, TableFileProblem.InvalidHeaderField, $"the {what} {length} {problem}.");
        }
    }

    /// <summary>
    /// Whether a published length is one a power loss left (a whole number of units past the end of a file of
    /// <paramref name="fileLength"/> bytes): a running writer lengthens the file before it publishes, so nothing else puts it
    /// there, and the heap then reads as its committed length.
    /// </summary>
    public static bool IsStale(long published, long fileLength) =>
        published >= 0 && published % HeapReference.OffsetUnit == 0 && published > fileLength - HeapFormat.HeaderSize;

    /// <summary>Why <paramref name="length"/> cannot be a heap length of a file of <paramref name="fileLength"/> bytes, or null when it can.</summary>
    public static string? LengthProblem(long length, long fileLength)
    {
        if (length < 0 || length > fileLength - HeapFormat.HeaderSize)
        {
            return string.Create(CultureInfo.InvariantCulture, $"is not between 0 and the file's {fileLength - HeapFormat.HeaderSize} data bytes");
        }

        return length % HeapReference.OffsetUnit != 0
            ? string.Create(CultureInfo.InvariantCulture, $"is not a multiple of {HeapReference.OffsetUnit}")
            : null;
    }

    private static ulong Checksum(ReadOnlySpan<byte> page) => Fnv1a64.Append(Fnv1a64.Basis, page[..HeapFormat.ChecksummedLength]);

    private static InvalidTableFileException Invalid(string path, TableFileProblem problem, string detail) => new(path, problem, detail);
}
