using System;
using System.IO;

namespace MappedStructs;

/// <summary>Argument checks and exceptions shared by <see cref="MappedFile"/> and <see cref="MappedView"/>: every message names the file and the numbers.</summary>
internal static class MappingErrors
{
    /// <summary>Throws unless [offset, offset + length) lies within [0, available), without overflowing.</summary>
    internal static void CheckRange(long offset, long length, long available, string what)
    {
        // Written as a subtraction so that offset + length cannot overflow.
        if (offset < 0 || length < 0 || offset > available || length > available - offset)
        {
            throw OutOfRange(offset, length, available, what);
        }
    }

    /// <summary>The exception for a range [offset, offset + length) that does not lie within [0, available).</summary>
    internal static ArgumentOutOfRangeException OutOfRange(long offset, long length, long available, string what)
    {
        if (offset < 0)
        {
            return new ArgumentOutOfRangeException(nameof(offset), offset, $"The offset must not be negative ({what}).");
        }

        if (length < 0)
        {
            return new ArgumentOutOfRangeException(nameof(length), length, $"The length must not be negative ({what}).");
        }

        return new ArgumentOutOfRangeException(nameof(length), length,
            $"The range at offset {offset} of {length} bytes ends past the end of {what}, which is {available} bytes long.");
    }

    internal static string Describe(string? path) => path is null ? "the anonymous mapping" : $"'{path}'";

    internal static ObjectDisposedException FileDisposed(string? path) =>
        new(nameof(MappedFile), $"The MappedFile over {Describe(path)} has been disposed; views created earlier stay usable until they are disposed.");

    internal static ObjectDisposedException ViewDisposed(string? path) =>
        new(nameof(MappedView), $"This view of {Describe(path)} has been disposed.");

    internal static InvalidOperationException ReadOnly(string? path) =>
        new($"The view of {Describe(path)} is read-only (mapped with MapAccess.Read); writing to it would fault. Open the file with MapAccess.ReadWrite or CopyOnWrite.");

    /// <summary>
    /// The file system refused a length: .NET reports EFBIG (longer than the file system allows) as an
    /// <see cref="ArgumentException"/>, which is a fact about the file, not about the caller's argument; both become an <see cref="IOException"/>.
    /// </summary>
    internal static IOException CannotLengthen(string path, long from, long to, Exception inner) =>
        new($"Cannot lengthen '{path}' from {from} to {to} bytes: {inner.Message}", inner);

    /// <summary>
    /// The OS refused to map a file (address space, memory, .NET's size limit, permissions): the message names the file, the
    /// length and, for a window past the file's start, its offset.
    /// </summary>
    internal static Exception MapFailed(string? path, long length, MapAccess access, Exception inner, long fileOffset = 0)
    {
        string at = fileOffset == 0 ? string.Empty : $" at offset {fileOffset}";
        string message = $"Cannot map {length} bytes{at} of {Describe(path)} with MapAccess.{access}: {inner.Message}";
        return inner is UnauthorizedAccessException ? new UnauthorizedAccessException(message, inner) : new IOException(message, inner);
    }
}
