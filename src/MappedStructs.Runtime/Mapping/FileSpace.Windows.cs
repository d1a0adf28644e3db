namespace MappedStructs;

/// <summary>Windows: nothing to do beyond setting the length.</summary>
internal static partial class FileSpace
{
    /// <summary>
    /// Setting a file's end (FileStream.SetLength, SetFileInformationByHandle(FileEndOfFileInfo)) allocates the clusters
    /// of a file that is not marked sparse, which is every file this library creates, and fails with ERROR_DISK_FULL
    /// (an IOException) when the volume is full; so the blocks are already reserved once the length is set.
    /// </summary>
    private static bool ReserveWindows() => true;
}
