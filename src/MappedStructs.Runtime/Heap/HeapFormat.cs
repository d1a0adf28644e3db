namespace MappedStructs;

/// <summary>
/// The heap file format, version 1: every offset and constant in one place (docs/tables.md, "Variable-length fields").
/// All header numbers are little-endian. One page of header, then the values. Bytes [0, <see cref="ChecksummedLength"/>)
/// never change after creation and are covered by the checksum; the published length changes and is not; the two commit
/// records at the page's end have the table's commit-record format (<see cref="TableCommitRecord"/>), each with its own checksum.
/// </summary>
internal static class HeapFormat
{
    /// <summary>"MSHEAP" followed by two NUL bytes, read as a little-endian 64-bit number.</summary>
    public const ulong Magic = 0x0000_5041_4548_534DUL;

    /// <summary>The heap format version this library writes and reads.</summary>
    public const uint Version = 1;

    /// <summary>The header page; values start after it.</summary>
    public const int HeaderSize = TableFormat.PageSize;

    public const int MagicOffset = 0;            // u64
    public const int VersionOffset = 8;          // u32
    public const int ZeroOffset = 12;            // u32, must be 0
    public const int TableIdOffset = 16;         // 16 bytes, the table's id
    public const int PublishedLengthOffset = 32; // i64, bytes of values published; written with release, read with acquire
    public const int ChecksumOffset = 40;        // u64, FNV-1a over [0, 32)

    /// <summary>The checksum covers the fields that never change: magic, version, zero word and table id.</summary>
    public const int ChecksummedLength = PublishedLengthOffset;

    /// <summary>The fixed fields; a file shorter than <see cref="HeaderSize"/> is truncated.</summary>
    public const int FixedLength = ChecksumOffset + sizeof(ulong);

    /// <summary>
    /// The data bytes a new heap file has room for, and the least a growth adds: small values do not grow the file on
    /// every append, and a doubling from here reaches any size in few steps (one fsync each).
    /// </summary>
    public const long MinimumDataLength = 64 * 1024;

    /// <summary>The file name of the heap of table <paramref name="tablePath"/> with id <paramref name="id"/>: <c>&lt;table&gt;.&lt;id&gt;.heap</c>.</summary>
    public static string PathFor(string tablePath, TableId id) => $"{tablePath}.{id}{Extension}";

    /// <summary>How every heap file's name ends.</summary>
    public const string Extension = ".heap";
}
