namespace MappedStructs;

/// <summary>Making the file's own metadata durable, beyond the mapped pages.</summary>
public sealed partial class MappedFile
{
    /// <summary>
    /// fsync (FlushFileBuffers on Windows) of the whole file, its length included. An msync covers pages, and a file
    /// system may persist the pages of a range without the length change made before them; tables call this after
    /// growing so that no capacity stored in the header can reach the disk before the length that holds it.
    /// </summary>
    internal void FlushFileToDisk()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            _stream?.Flush(flushToDisk: true);
        }
    }
}
