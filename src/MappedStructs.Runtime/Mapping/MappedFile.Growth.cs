using System;
using System.IO;

namespace MappedStructs;

/// <summary>Growing the mapping, and noticing when another process changed the file's length.</summary>
public sealed partial class MappedFile
{
    /// <summary>
    /// Makes the mapping at least <paramref name="bytes"/> long. A ReadWrite file is lengthened when shorter, with the disk
    /// space of the added bytes reserved; a Read or CopyOnWrite mapping can only grow to cover bytes the file already has
    /// (after another writer extended it, see <see cref="GetFileLength"/>).
    /// Views created later see the new length; views created before keep their old mapping and stay valid until disposed.
    /// A CopyOnWrite mapping's private changes made through earlier views are not visible through views created afterwards.
    /// Processes that grow the same file concurrently must hold an exclusive <see cref="Lock"/> while doing so.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> is negative.</exception>
    /// <exception cref="IOException">
    /// The file system has no room for the added bytes (ENOSPC) or refuses the length (EFBIG), or the longer file cannot be
    /// mapped (address space, memory, the mapping budget); the file keeps its length and the mapping stays as it was.
    /// </exception>
    /// <exception cref="InvalidOperationException">The mapping is anonymous, or read-only / copy-on-write and the file is shorter than <paramref name="bytes"/>.</exception>
    public void EnsureCapacity(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        MappedRegion? replaced;
        lock (_gate)
        {
            ThrowIfDisposed();
            if (bytes <= _length)
            {
                return;
            }

            if (_stream is null)
            {
                throw new InvalidOperationException($"An anonymous mapping of {_length} bytes cannot grow to {bytes} bytes; create a larger one.");
            }

            long fileLength = RandomAccess.GetLength(_stream.SafeFileHandle);
            if (fileLength < bytes && Access != MapAccess.ReadWrite)
            {
                throw new InvalidOperationException(
                    $"Cannot map {bytes} bytes of '{Path}': the file has {fileLength} bytes and a MapAccess.{Access} mapping never writes the file.");
            }

            if (_windows is not null)
            {
                _length = LengthenWindowed(_stream, fileLength, bytes, Path!);
                return;
            }

            MappedRegion region = fileLength < bytes ? Lengthen(_stream, fileLength, bytes, out long mappedLength)
                : MappedRegion.MapWholeFile(_stream, fileLength, Access, Path, out mappedLength);
            replaced = _region;
            _region = region;
            _length = mappedLength;
        }

        replaced?.ReleaseLease();
    }

    /// <summary>
    /// Lengthens the file from <paramref name="fileLength"/> to <paramref name="bytes"/>, maps it and reserves the added
    /// bytes' space, in that order so a length too large to map fails before it could fill the disk. On any failure the
    /// file gets its old length back (the added bytes were never visible through a view) and the exception names the file.
    /// Windows cannot shorten a mapped file: there a mapping refused after the lengthening (address space, memory) leaves the
    /// file longer, by zeros no view covers; a full volume fails at the lengthening itself, before anything changed.
    /// </summary>
    private MappedRegion Lengthen(FileStream stream, long fileLength, long bytes, out long mappedLength)
    {
        MappingBudget.RequireRoom(Path, bytes);
        try
        {
            stream.SetLength(bytes);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            throw MappingErrors.CannotLengthen(Path!, fileLength, bytes, e);
        }

        MappedRegion? region = null;
        try
        {
            // Map everything the file now has: another writer may have made it longer than asked.
            region = MappedRegion.MapWholeFile(stream, bytes, Access, Path, out mappedLength);
            FileSpace.Reserve(stream.SafeFileHandle, fileLength, bytes - fileLength, Path!);
            return region;
        }
        catch
        {
            region?.ReleaseLease();
            RestoreLength(stream, fileLength);
            throw;
        }
    }

    private static void RestoreLength(FileStream stream, long length)
    {
        try
        {
            stream.SetLength(length);
        }
        catch (IOException)
        {
            // Shortening back cannot run out of space; should it fail anyway, the original failure is the one to report.
        }
    }

    /// <summary>
    /// Reads the file's current length from the OS (fstat on Unix, a size query on the handle on Windows). It differs from <see cref="Length"/> when another
    /// process lengthened or truncated the file; the mapping itself does not change (call <see cref="EnsureCapacity"/> to map
    /// added bytes). For an anonymous mapping it returns <see cref="Length"/>.
    /// </summary>
    public long GetFileLength()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return _stream is null ? _length : RandomAccess.GetLength(_stream.SafeFileHandle);
        }
    }
}
