using System;

namespace MappedStructs;

/// <summary>Advisory byte-range locks on the mapped file, for coordinating writers across processes.</summary>
public sealed partial class MappedFile
{
    /// <summary>
    /// Locks [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="length"/>) of the file, waiting while another
    /// holder conflicts; disposing the result releases it. Locks are advisory: they exclude other lockers, not plain reads and writes.
    /// On Linux they are open-file-description locks, so they also exclude another <see cref="MappedFile"/> of the same file in this process.
    /// On macOS they belong to the process: they do not exclude this process's other opens, and closing any other descriptor of
    /// the file in this process (for example disposing a second <see cref="MappedFile"/> of it) releases them.
    /// </summary>
    /// <param name="offset">First byte; may lie beyond the end of the file.</param>
    /// <param name="length">Number of bytes, at least 1.</param>
    /// <param name="exclusive">True for a write lock (excludes all others); false for a shared read lock (excludes only write locks).</param>
    /// <exception cref="NotSupportedException">The mapping is anonymous, or its stream was opened with <see cref="System.IO.FileOptions.Asynchronous"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="exclusive"/> on a Read or CopyOnWrite mapping (the file is open read-only).</exception>
    public IDisposable Lock(long offset, long length, bool exclusive)
    {
        FileRangeLock? held = AcquireLock(offset, length, exclusive, wait: true);
        return held!;
    }

    /// <summary>Like <see cref="Lock"/>, but returns false at once (with a null lease) when another holder conflicts.</summary>
    public bool TryLock(long offset, long length, bool exclusive, out IDisposable? lease)
    {
        lease = AcquireLock(offset, length, exclusive, wait: false);
        return lease is not null;
    }

    private FileRangeLock? AcquireLock(long offset, long length, bool exclusive, bool wait)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        if (length > long.MaxValue - offset)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"The range at offset {offset} of {length} bytes overflows.");
        }

        System.IO.FileStream stream;
        lock (_gate)
        {
            ThrowIfDisposed();
            stream = _stream ?? throw new NotSupportedException("An anonymous mapping has no file to lock.");
        }

        if (stream.IsAsync)
        {
            // Windows runs LockFileEx on an overlapped handle asynchronously: it would write our stack-allocated OVERLAPPED after
            // returning and post a completion the thread pool did not issue. Refused on every OS so behaviour is portable.
            throw new NotSupportedException(
                $"Cannot lock '{Path}': its stream was opened with FileOptions.Asynchronous; map a stream opened without it to use locks.");
        }

        if (exclusive && Access != MapAccess.ReadWrite)
        {
            // POSIX refuses a write lock on a descriptor opened read-only (EBADF); say why instead.
            throw new InvalidOperationException(
                $"An exclusive lock on '{Path}' needs the file open for writing, but it is mapped with MapAccess.{Access}; open it with MapAccess.ReadWrite.");
        }

        // The handle reference taken inside Acquire keeps the descriptor open even if Dispose runs meanwhile.
        return FileRangeLock.Acquire(stream, Path!, offset, length, exclusive, wait);
    }
}
