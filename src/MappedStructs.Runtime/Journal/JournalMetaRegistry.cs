using System;
using System.Collections.Generic;
using System.IO;

namespace MappedStructs;

/// <summary>
/// One <c>journal.meta</c> mapping and descriptor per journal per process, shared by every <see cref="MappedJournal"/>
/// instance of it and counted: on macOS record locks belong to the process and closing any descriptor of a file drops them
/// all, so a second instance that opened and closed its own descriptor would release the appender's lock. Linux (open
/// file description locks) would not need it; every OS takes this one path.
/// </summary>
internal static class JournalMetaRegistry
{
    private static readonly Dictionary<string, JournalMeta> s_open = new(StringComparer.Ordinal);

    /// <summary>The shared metadata of the journal whose <c>journal.meta</c> is <paramref name="path"/>, mapped (and validated) by the first user.</summary>
    public static JournalMeta Acquire(string path)
    {
        string key = CanonicalPath(path);
        lock (s_open)
        {
            if (s_open.TryGetValue(key, out JournalMeta? shared) && IsStill(shared, path))
            {
                shared.Users++;
                return shared;
            }

            var opened = JournalMeta.Open(path);
            opened.Users = 1;
            s_open[key] = opened;
            return opened;
        }
    }

    /// <summary>Gives back one use of <paramref name="meta"/>; the last one unmaps it and closes its descriptor.</summary>
    public static void Release(JournalMeta meta)
    {
        lock (s_open)
        {
            if (--meta.Users > 0)
            {
                return;
            }

            string key = CanonicalPath(meta.Path);
            if (s_open.TryGetValue(key, out JournalMeta? shared) && ReferenceEquals(shared, meta))
            {
                s_open.Remove(key);
            }
        }

        meta.Dispose();
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> is still the journal <paramref name="shared"/> maps: a journal deleted and
    /// created again in the same directory has a new id, and its users get a mapping of the new file.
    /// </summary>
    private static bool IsStill(JournalMeta shared, string path)
    {
        Span<byte> header = stackalloc byte[JournalFormat.MetaIdOffset + 16];
        try
        {
            using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.ReadExactly(header);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return new Guid(header[JournalFormat.MetaIdOffset..]) == shared.Id;
    }

    /// <summary>The full path with a symbolic link to the journal's directory followed, so two spellings of one directory share.</summary>
    private static string CanonicalPath(string path)
    {
        string full = Path.GetFullPath(path);
        string? directory = Path.GetDirectoryName(full);
        if (directory is null)
        {
            return full;
        }

        try
        {
            FileSystemInfo? target = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? full : Path.Combine(target.FullName, Path.GetFileName(full));
        }
        catch (IOException)
        {
            return full;
        }
    }
}
