namespace MappedStructs;

/// <summary>How a file is mapped.</summary>
public enum MapAccess
{
    /// <summary>Read-only: writes through the mapping are impossible and the file is never written.</summary>
    Read = 0,

    /// <summary>Shared read-write: writes reach the file and every other mapping of it.</summary>
    ReadWrite = 1,

    /// <summary>Private copy-on-write: writes are visible through this mapping only and never reach the file.</summary>
    CopyOnWrite = 2,
}
