namespace MappedStructs;

/// <summary>How <see cref="MappedFile.Flush(long, long, FlushMode)"/> writes dirty pages back.</summary>
public enum FlushMode
{
    /// <summary>Durable: returns once the pages (and, on Windows, the file's metadata buffers) have reached the storage device.</summary>
    Sync = 0,

    /// <summary>Schedules write-back and returns at once (msync MS_ASYNC; FlushViewOfFile alone on Windows).</summary>
    Async = 1,
}
