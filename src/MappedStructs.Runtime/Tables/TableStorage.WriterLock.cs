using System;
using System.IO;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The writer lock: one appender per file, because two would both write record N and one append would be lost. The lock
/// is an open-file-description lock on Linux and LockFileEx on Windows, so it also refuses a second writer in this
/// process; on macOS locks belong to the process, so only writers in other processes are refused there.
/// </summary>
internal sealed partial class TableStorage
{
    // The exclusive appender lock a ReadWrite table takes at its first append and holds until disposed.
    private IDisposable? _writerLock;

    /// <summary>
    /// Called before every append: a ReadWrite table becomes the file's one appender (taking the writer lock once) or
    /// throws <see cref="IOException"/> when another table holds it. CopyOnWrite appends are private and need no lock.
    /// </summary>
    public void EnsureAppender()
    {
        if (Access != MapAccess.ReadWrite || Volatile.Read(ref _writerLock) is not null)
        {
            return;
        }

        lock (_gate)
        {
            ThrowIfDisposed();
            if (_writerLock is null)
            {
                IDisposable writerLock = TakeWriterLock(_file, Path);
                try
                {
                    RefuseIfReplaced();
                    BeginAppending();
                }
                catch
                {
                    writerLock.Dispose();
                    throw;
                }

                RegisterAppender(Path);
                Volatile.Write(ref _writerLock, writerLock);
            }
        }
    }

    private static IDisposable TakeWriterLock(MappedFile file, string path)
    {
        // A table opening elsewhere holds a shared lock on the byte for a moment (HasLiveWriter); only a lock that
        // outlasts a few tries is another writer.
        for (int attempt = 0; ; attempt++)
        {
            if (file.TryLock(TableFormat.WriterLockOffset, 1, exclusive: true, out IDisposable? lease))
            {
                return lease!;
            }

            if (attempt == WriterLockAttempts - 1)
            {
                throw new IOException($"The table '{path}' is being appended to by another table (in this or another process); only one table may append to a file at a time. Dispose the other writer first.");
            }

            Thread.Sleep(1);
        }
    }

    private const int WriterLockAttempts = 10;

    /// <summary>
    /// A table opened before a Create or TrimExcess replaced its path (or before another program deleted the file) holds
    /// a file no one can open again: its lock is free, so it would become an appender whose records are silently lost.
    /// </summary>
    private void RefuseIfReplaced()
    {
        if (_file.IsUnlinked())
        {
            throw new IOException($"The table '{Path}' was replaced or deleted after this table opened it (by Create, TrimExcess or another program): its appends would go to a file no one can open. Dispose this table and open the path again.");
        }
    }

    /// <summary>Refuses to overwrite a table that another table is appending to: Create would zero the file under it.</summary>
    private static void RefuseIfOpenForWriting(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return;
        }

        using var probe = MappedFile.Open(path, MapAccess.ReadWrite);
        TakeWriterLock(probe, path).Dispose();
    }
}
