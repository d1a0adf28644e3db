using System;
using System.IO;

namespace MappedStructs;

/// <summary>Growing the mapping, and noticing when another process changed the file's length.</summary>
public sealed partial class MappedFile
{
    /// <summary>
    /// Makes the mapping at least <paramref name="bytes"/> long. A ReadWrite file is lengthened when shorter; a Read or CopyOnWrite
    /// mapping can only grow to cover bytes the file already has (after another writer extended it, see <see cref="GetFileLength"/>).
    /// Views created later see the new length; views created before keep their old mapping and stay valid until disposed.
    /// A CopyOnWrite mapping's private changes made through earlier views are not visible through views created afterwards.
    /// Processes that grow the same file concurrently must hold an exclusive <see cref="Lock"/> while doing so.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> is negative, or longer than the file system allows (the file is unchanged).</exception>
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
            if (fileLength < bytes)
            {
                if (Access != MapAccess.ReadWrite)
                {
                    throw new InvalidOperationException(
                        $"Cannot map {bytes} bytes of '{Path}': the file has {fileLength} bytes and a MapAccess.{Access} mapping never writes the file.");
                }

                try
                {
                    _stream.SetLength(bytes);
                }
                catch (IOException e)
                {
                    throw new IOException($"Cannot grow '{Path}' from {fileLength} to {bytes} bytes: {e.Message}", e);
                }
                catch (ArgumentException e)
                {
                    // .NET reports EFBIG (longer than the file system allows) as an argument error.
                    throw new ArgumentOutOfRangeException(nameof(bytes), bytes, $"Cannot grow '{Path}' from {fileLength} to {bytes} bytes: {e.Message}");
                }

                fileLength = bytes;
            }

            // Map everything the file now has: another writer may have made it longer than asked.
            var region = MappedRegion.MapWholeFile(_stream, fileLength, Access, Path, out long mappedLength);
            replaced = _region;
            _region = region;
            _length = mappedLength;
        }

        replaced?.ReleaseLease();
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
