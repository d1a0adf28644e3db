using System;
using System.IO;

namespace MappedStructs;

/// <summary>Whether the file a mapping holds still has a name: what a writer checks before it appends.</summary>
public sealed partial class MappedFile
{
    /// <summary>
    /// True when the file this mapping opened no longer has a name: it was deleted, or another file was renamed over its
    /// path (as <c>MappedTable&lt;T&gt;.Create</c> and <c>TrimExcess</c> replace files). Writes to it are lost to every
    /// later open. Linux answers through <c>/proc/self/fd</c>, whose link for a descriptor of a file without a name ends
    /// with " (deleted)"; elsewhere, and for anonymous mappings, the answer is false (unknown).
    /// </summary>
    internal bool IsUnlinked()
    {
        if (!OperatingSystem.IsLinux() || _stream is null)
        {
            return false;
        }

        bool referenced = false;
        try
        {
            _stream.SafeFileHandle.DangerousAddRef(ref referenced);
            string descriptor = $"/proc/self/fd/{_stream.SafeFileHandle.DangerousGetHandle()}";
            string? target = new FileInfo(descriptor).LinkTarget;

            // A file really named "... (deleted)" still exists under that name; the kernel's marker names nothing.
            return target is not null && target.EndsWith(" (deleted)", StringComparison.Ordinal) && !File.Exists(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // no /proc (a container without it): unknown
        }
        finally
        {
            if (referenced)
            {
                _stream.SafeFileHandle.DangerousRelease();
            }
        }
    }
}
