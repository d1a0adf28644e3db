using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs;

/// <summary>
/// One OS view of a whole mapping (one mmap / MapViewOfFile), shared by every <see cref="MappedView"/> cut from it.
/// The pointer is acquired once here; views hold leases and the memory is unmapped when the last lease is released,
/// so a released region can never be read through a live view.
/// </summary>
internal sealed unsafe partial class MappedRegion
{
    private readonly MemoryMappedFile _mapping;
    private readonly MemoryMappedViewAccessor _accessor;
    private readonly SafeFileHandle? _fileHandle;
    private int _leases = 1;

    private MappedRegion(MemoryMappedFile mapping, MemoryMappedViewAccessor accessor, byte* start, long length,
        MapAccess access, SafeFileHandle? fileHandle, string? path)
    {
        _mapping = mapping;
        _accessor = accessor;
        Start = start;
        Length = length;
        Access = access;
        _fileHandle = fileHandle;
        Path = path;
    }

    /// <summary>
    /// The first mapped byte; page aligned, since a region maps from file offset 0 or, as a window, from an offset aligned
    /// to the allocation granularity (see <see cref="SlidingWindow"/>).
    /// </summary>
    internal byte* Start { get; }

    /// <summary>The file offset of <see cref="Start"/>: 0, except for a window of a windowed <see cref="MappedFile"/>.</summary>
    internal long FileOffset { get; private init; }

    internal long Length { get; }

    internal MapAccess Access { get; }

    /// <summary>The file, or null for an anonymous mapping.</summary>
    internal string? Path { get; }

    internal bool IsAnonymous => _fileHandle is null;

    /// <summary>
    /// Whether MADV_POPULATE_READ/WRITE may be tried (Linux 5.14+): a capability of the running kernel, cleared the first
    /// time the kernel rejects them, so older kernels pay for one failed call only.
    /// </summary>
    private static bool s_kernelHasPopulate = true;

    /// <summary>Maps <paramref name="length"/> bytes of <paramref name="stream"/> (or anonymous memory when null) with one lease held by the caller.</summary>
    internal static MappedRegion Map(FileStream? stream, long length, MapAccess access, string? path) =>
        Map(stream, fileOffset: 0, length, capacity: length, access, path);

    /// <summary>
    /// Maps <paramref name="length"/> bytes at <paramref name="fileOffset"/> of a file mapping object of
    /// <paramref name="capacity"/> bytes (0: the file's length), with one lease held by the caller.
    /// </summary>
    private static MappedRegion Map(FileStream? stream, long fileOffset, long length, long capacity, MapAccess access, string? path)
    {
        MemoryMappedFileAccess osAccess = access switch
        {
            MapAccess.Read => MemoryMappedFileAccess.Read,
            MapAccess.ReadWrite => MemoryMappedFileAccess.ReadWrite,
            _ => MemoryMappedFileAccess.CopyOnWrite,
        };
        MappingBudget.Take(path, length);
        MemoryMappedFile? mapping = null;
        MemoryMappedViewAccessor? accessor = null;
        bool pointerAcquired = false;
        bool handleReferenced = false;
        try
        {
            mapping = stream is null
                ? MemoryMappedFile.CreateNew(null, length, MemoryMappedFileAccess.ReadWrite)
                : MemoryMappedFile.CreateFromFile(stream, null, capacity, osAccess, HandleInheritability.None, leaveOpen: true);
            accessor = mapping.CreateViewAccessor(fileOffset, length, osAccess);
            byte* start = null;
            accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            pointerAcquired = true;
            start += accessor.PointerOffset;
            SafeFileHandle? handle = stream?.SafeFileHandle;
            handle?.DangerousAddRef(ref handleReferenced);
            return new MappedRegion(mapping, accessor, start, length, access, handle, path) { FileOffset = fileOffset };
        }
        catch
        {
            if (pointerAcquired)
            {
                accessor!.SafeMemoryMappedViewHandle.ReleasePointer();
            }

            if (handleReferenced)
            {
                stream!.SafeFileHandle.DangerousRelease();
            }

            accessor?.Dispose();
            mapping?.Dispose();
            MappingBudget.GiveBack();
            throw;
        }
    }

    /// <summary>
    /// Maps the whole file as long as it is at the moment of mapping, at least <paramref name="knownLength"/> bytes.
    /// Another process (or another <see cref="MappedFile"/> of this one) may lengthen the file between our reading its
    /// length and mapping it, and System.IO.MemoryMappedFiles refuses a mapping shorter than the file; so when that is
    /// why it refused, read the length again and map that instead.
    /// </summary>
    internal static MappedRegion MapWholeFile(FileStream stream, long knownLength, MapAccess access, string? path, out long mappedLength)
    {
        long length = knownLength;
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                MappedRegion region = Map(stream, length, access, path);
                mappedLength = length;
                return region;
            }
            catch (ArgumentOutOfRangeException) when (attempt < 16 && RandomAccess.GetLength(stream.SafeFileHandle) > length)
            {
                length = RandomAccess.GetLength(stream.SafeFileHandle);
            }
            catch (Exception e) when (e is (IOException or ArgumentException or UnauthorizedAccessException) and not MappingBudgetExceededException)
            {
                throw MappingErrors.MapFailed(path, length, access, e);
            }
        }
    }

    /// <summary>Takes another lease unless the region is already unmapped (or being unmapped).</summary>
    internal bool TryAddLease()
    {
        int current = Volatile.Read(ref _leases);
        while (current > 0)
        {
            int seen = Interlocked.CompareExchange(ref _leases, current + 1, current);
            if (seen == current)
            {
                return true;
            }

            current = seen;
        }

        return false;
    }

    /// <summary>Gives back one lease; the last one unmaps the memory and lets the file handle close.</summary>
    internal void ReleaseLease()
    {
        int remaining = Interlocked.Decrement(ref _leases);
        if (remaining == 0)
        {
            try
            {
                _accessor.SafeMemoryMappedViewHandle.ReleasePointer();

                // Unmap through the view handle first: the accessor's Dispose would otherwise msync(MS_SYNC|MS_INVALIDATE) the
                // whole mapping, a hidden durable write-back that Linux refuses with EBUSY on locked (mlock) pages. Unmapping
                // loses nothing: dirty pages stay in the page cache and reach the file as usual; Flush is the durability call.
                _accessor.SafeMemoryMappedViewHandle.Dispose();
                _accessor.Dispose();
                _mapping.Dispose();
            }
            finally
            {
                _fileHandle?.DangerousRelease();
                MappingBudget.GiveBack();
            }
        }
    }

    /// <summary>Writes dirty pages of [offset, offset + length) back to the file; nothing to do unless the mapping is shared read-write with a file.</summary>
    internal void Flush(long offset, long length, FlushMode mode)
    {
        if (IsAnonymous || Access != MapAccess.ReadWrite || !TryAlignToPages(offset, length, out long pagesOffset, out long pagesLength))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            FlushWindows(pagesOffset, pagesLength, mode);
        }
        else
        {
            FlushUnix(pagesOffset, pagesLength, mode);
        }
    }

    /// <summary>Passes an access-pattern hint for [offset, offset + length) to the OS.</summary>
    internal void Advise(long offset, long length, MapAdvice advice)
    {
        if (!TryAlignToPages(offset, length, out long pagesOffset, out long pagesLength))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            AdviseWindows(pagesOffset, pagesLength, advice);
            return;
        }

        AdviseUnix(pagesOffset, pagesLength, advice);
    }

    /// <summary>Faults in every page of [offset, offset + length) now rather than on first touch.</summary>
    internal void Prefault(long offset, long length, bool forWrite, PrefaultMethod method)
    {
        if (!TryAlignToPages(offset, length, out long pagesOffset, out long pagesLength))
        {
            return;
        }

        if (method == PrefaultMethod.PreferKernel && OperatingSystem.IsLinux() && s_kernelHasPopulate
            && TryPopulateLinux(pagesOffset, pagesLength, forWrite))
        {
            return;
        }

        if (OperatingSystem.IsWindows() && !forWrite)
        {
            PrefetchWindows(pagesOffset, pagesLength);
        }

        TouchPages(pagesOffset, pagesLength, forWrite);
    }

    /// <summary>Reads (or atomically rewrites unchanged) one word per page, so each page is faulted in by the CPU.</summary>
    private void TouchPages(long alignedOffset, long alignedLength, bool forWrite)
    {
        int pageSize = Environment.SystemPageSize;
        for (long page = alignedOffset; page < alignedOffset + alignedLength; page += pageSize)
        {
            int* word = (int*)(Start + page);
            if (forWrite)
            {
                // An atomic add of zero writes without changing the value, even if another process writes the word concurrently.
                Interlocked.Add(ref *word, 0);
            }
            else
            {
                _ = Volatile.Read(ref *word);
            }
        }
    }

    /// <summary>
    /// Widens [offset, offset + length) to whole pages, clamped to the region (whose start is page aligned); false for an
    /// empty range, which every range operation skips.
    /// </summary>
    private bool TryAlignToPages(long offset, long length, out long pagesOffset, out long pagesLength)
    {
        long pageSize = Environment.SystemPageSize;
        pagesOffset = offset / pageSize * pageSize;
        long end = Math.Min(Length, offset + length);
        long alignedEnd = Math.Min(Length, (end + pageSize - 1) / pageSize * pageSize);
        pagesLength = alignedEnd - pagesOffset;
        return length != 0;
    }

    private string Describe() => MappingErrors.Describe(Path);
}
