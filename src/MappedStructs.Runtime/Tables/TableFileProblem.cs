namespace MappedStructs;

/// <summary>What is wrong with a file that <see cref="MappedTable{T}"/> refused to open.</summary>
public enum TableFileProblem
{
    /// <summary>The file is shorter than its header says it must be (or shorter than the fixed header itself).</summary>
    Truncated = 0,

    /// <summary>The first eight bytes are not the table magic: this is not a MappedStructs table file.</summary>
    BadMagic = 1,

    /// <summary>The format version is one this library does not read.</summary>
    UnsupportedVersion = 2,

    /// <summary>A header field holds an impossible value (header size, record size, records offset, layout text).</summary>
    InvalidHeaderField = 3,

    /// <summary>The checksum over the immutable part of the header does not match: the header was damaged.</summary>
    ChecksumMismatch = 4,

    /// <summary>Capacity times record size (plus the records offset) does not fit in a 64-bit file offset.</summary>
    Overflow = 5,

    /// <summary>The header's capacity needs more bytes than the file holds.</summary>
    CapacityBeyondFile = 6,

    /// <summary>The header's record count is negative or larger than its capacity.</summary>
    CountAboveCapacity = 7,

    /// <summary>The file's layout (fingerprint or record size) differs from the type it was opened with.</summary>
    LayoutMismatch = 8,

    /// <summary>The table's heap file (of a layout with variable-length fields) is missing or belongs to another table.</summary>
    HeapMismatch = 9,
}
