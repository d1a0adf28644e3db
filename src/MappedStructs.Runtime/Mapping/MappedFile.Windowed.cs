using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// The windowed mode: only a window of the file is mapped at a time, at an offset aligned to the allocation granularity,
/// and it moves to wherever the next view is asked for. It opens files larger than the free address space (a 32-bit
/// process, a process under <c>ulimit -v</c>). See docs/runtime.md, "Files larger than the address space".
/// </summary>
public sealed partial class MappedFile
{
    private readonly SlidingWindow? _windows;

    private MappedFile(FileStream stream, long length, MapAccess access, string path, SlidingWindow windows)
        : this(stream, ownsStream: true, region: null, length, access, path) => _windows = windows;

    /// <summary>The longest view a windowed file gives (see <see cref="OpenWindowed"/>); null when the whole file is mapped.</summary>
    public long? WindowSize => _windows?.ViewSize;

    /// <summary>How many windows a windowed file has mapped since it was opened (0 for a whole-file mapping): the cost of its moves.</summary>
    public long WindowsMapped
    {
        get
        {
            lock (_gate)
            {
                return _windows?.WindowsMapped ?? 0;
            }
        }
    }

    /// <summary>
    /// Opens an existing file in windowed mode: nothing is mapped until a view is asked for, and then only a window of
    /// about <paramref name="windowSize"/> bytes around it. <see cref="CreateView(long, long)"/> moves the window when the
    /// view lies outside it; views taken earlier keep their own window mapped until they are disposed, so a move never
    /// unmaps memory a live view points at. Each window counts as one mapping against the process' mapping budget.
    /// </summary>
    /// <remarks>
    /// A window maps <paramref name="windowSize"/> rounded up to the allocation granularity (the page size on Unix, 64 KiB on
    /// Windows) plus one granule, so any view of up to <paramref name="windowSize"/> bytes fits at any offset. An empty file
    /// opens (a search of it finds nothing) but gives no views until it is lengthened. <see cref="Advise"/> is recorded and given to every window that overlaps the
    /// advised range as it is mapped; <see cref="Prefault(long, long, bool)"/> moves the window to its range;
    /// <see cref="Flush(long, long, FlushMode)"/> writes back the current window and then the whole file (fsync), which
    /// covers the windows unmapped since.
    /// </remarks>
    /// <param name="path">The file.</param>
    /// <param name="access">Read-only, shared read-write, or private copy-on-write (private changes are lost when their window is unmapped).</param>
    /// <param name="windowSize">The longest view, in bytes; at least 1. Address space used: about this much per live window.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowSize"/> is not positive.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file's permissions do not allow <paramref name="access"/>.</exception>
    /// <exception cref="IOException">The path is a directory or not a regular file.</exception>
    public static MappedFile OpenWindowed(string path, MapAccess access, long windowSize)
    {
        CheckAccess(access);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        FileStream stream = OpenExisting(path, access, out string fullPath);
        try
        {
            return new MappedFile(stream, stream.Length, access, fullPath, new SlidingWindow(windowSize));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>A view of a windowed file, in the current window or in one mapped for it.</summary>
    private MappedView CreateWindowView(long offset, long length)
    {
        MappedRegion window = LeaseWindow(offset, length);
        return new MappedView(this, window, offset - window.FileOffset, length);
    }

    /// <summary>
    /// Takes a lease on a window holding [offset, offset + length), moving the window there when the current one does not
    /// hold it; the old window loses the file's lease, and is unmapped once no view holds it either.
    /// </summary>
    private MappedRegion LeaseWindow(long offset, long length)
    {
        SlidingWindow windows = _windows!;
        MappedRegion? moved = null;
        MappedRegion window;
        lock (_gate)
        {
            CheckOpenRange(offset, length);
            if (length > windows.ViewSize)
            {
                throw new ArgumentOutOfRangeException(nameof(length), length,
                    $"A view of {length} bytes is longer than the window of {MappingErrors.Describe(Path)}, which gives views of at most {windows.ViewSize} bytes; open it with a larger window.");
            }

            if (_length == 0)
            {
                throw new InvalidOperationException($"{MappingErrors.Describe(Path)} is empty: a windowed file has nothing to map until it is lengthened.");
            }

            if (!windows.CurrentCovers(offset, length))
            {
                (long start, long mapped) = windows.Place(offset, _length);
                var fresh = MappedRegion.MapWindow(_stream!, start, mapped, Access, Path!);
                try
                {
                    windows.Advise(fresh);
                }
                catch
                {
                    fresh.ReleaseLease();
                    throw;
                }

                moved = windows.Current;
                windows.Current = fresh;
            }

            window = windows.Current!;

            // The file's own lease keeps the window alive while we hold the gate, so this cannot fail.
            _ = window.TryAddLease();
        }

        moved?.ReleaseLease();
        return window;
    }

    /// <summary>Flush of a windowed file: the current window's part of the range, then (Sync) the whole file, which covers windows unmapped since they were written.</summary>
    private void FlushWindowed(long offset, long length, FlushMode mode)
    {
        lock (_gate)
        {
            CheckOpenRange(offset, length);
            if (Access != MapAccess.ReadWrite || length == 0)
            {
                return;
            }

            if (_windows!.Current is { } window)
            {
                long from = Math.Max(offset, window.FileOffset);
                long to = Math.Min(offset + length, window.FileOffset + window.Length);
                if (from < to)
                {
                    window.Flush(from - window.FileOffset, to - from, mode);
                }
            }

            if (mode == FlushMode.Sync)
            {
                _stream!.Flush(flushToDisk: true);
            }
        }
    }

    /// <summary>Advice for a windowed file: given to the current window and recorded for the windows mapped later.</summary>
    private void AdviseWindowed(long offset, long length, MapAdvice advice)
    {
        lock (_gate)
        {
            CheckOpenRange(offset, length);
            _windows!.Record(offset, length, advice);
        }
    }

    /// <summary>Prefault of a windowed file: the window moves to the range (which must fit in it, as a view's must), then its pages are faulted in.</summary>
    private void PrefaultWindowed(long offset, long length, bool forWrite, PrefaultMethod method)
    {
        if (length == 0)
        {
            lock (_gate)
            {
                CheckOpenRange(offset, length);
                return;
            }
        }

        MappedRegion window = LeaseWindow(offset, length);
        try
        {
            window.Prefault(offset - window.FileOffset, length, forWrite, method);
        }
        finally
        {
            window.ReleaseLease();
        }
    }

    /// <summary>
    /// Growth of a windowed file (called under the gate): the file is lengthened and its added space reserved, nothing is
    /// mapped; windows map the new bytes when views ask for them. Returns the new length.
    /// </summary>
    private static long LengthenWindowed(FileStream stream, long fileLength, long bytes, string path)
    {
        if (fileLength >= bytes)
        {
            return fileLength;
        }

        try
        {
            stream.SetLength(bytes);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            throw MappingErrors.CannotLengthen(path, fileLength, bytes, e);
        }

        try
        {
            FileSpace.Reserve(stream.SafeFileHandle, fileLength, bytes - fileLength, path);
        }
        catch
        {
            RestoreLength(stream, fileLength);
            throw;
        }

        return bytes;
    }

    /// <summary>Throws unless the file is open and [offset, offset + length) lies within it; called under the gate.</summary>
    private void CheckOpenRange(long offset, long length)
    {
        ThrowIfDisposed();
        MappingErrors.CheckRange(offset, length, _length, MappingErrors.Describe(Path));
    }

    /// <summary>Takes the current window from a windowed file being disposed (called under the gate), so its lease can be given back.</summary>
    private MappedRegion? DetachWindow()
    {
        if (_windows is null)
        {
            return null;
        }

        MappedRegion? window = _windows.Current;
        _windows.Current = null;
        return window;
    }
}
