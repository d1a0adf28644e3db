using System;
using System.Collections.Generic;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Whether a writer holds a table file right now, asked when a table opens: a live writer's count is the one to serve,
/// while with no writer the live count may be a crashed writer's count that covers records never written to disk.
/// </summary>
internal sealed partial class TableStorage
{
    // Full paths of the files this process appends to, with how many appenders each: macOS locks belong to the process,
    // so probing a file this process holds would not see the lock, and releasing the probe would drop it.
    private static readonly Dictionary<string, int> s_appendersInProcess = new(StringComparer.Ordinal);

    /// <summary>
    /// True when this process appends to <paramref name="path"/> or another process holds its writer lock; found with a
    /// shared lock on the writer-lock byte, released at once (<see cref="TakeWriterLock"/> retries while such a probe holds it).
    /// </summary>
    private static bool HasLiveWriter(MappedFile file, string path)
    {
        lock (s_appendersInProcess)
        {
            if (s_appendersInProcess.ContainsKey(System.IO.Path.GetFullPath(path)))
            {
                return true;
            }
        }

        IDisposable? probe;
        try
        {
            if (!file.TryLock(TableFormat.WriterLockOffset, 1, exclusive: false, out probe))
            {
                return true;
            }
        }
        catch (IOException)
        {
            // A file system without byte-range locks (NFS without lockd, some FUSE ones) cannot say. "No writer" is the
            // safe answer: the committed count is served, never a crashed writer's live one, and a live writer's appends
            // appear once it commits (the commit sequence moves on).
            return false;
        }

        probe!.Dispose();
        return false;
    }

    private static void RegisterAppender(string path)
    {
        lock (s_appendersInProcess)
        {
            string key = System.IO.Path.GetFullPath(path);
            s_appendersInProcess[key] = s_appendersInProcess.GetValueOrDefault(key) + 1;
        }
    }

    private static void UnregisterAppender(string path)
    {
        lock (s_appendersInProcess)
        {
            string key = System.IO.Path.GetFullPath(path);
            int left = s_appendersInProcess.GetValueOrDefault(key) - 1;
            if (left > 0)
            {
                s_appendersInProcess[key] = left;
            }
            else
            {
                s_appendersInProcess.Remove(key);
            }
        }
    }
}
