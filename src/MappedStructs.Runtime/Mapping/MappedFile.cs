using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// A memory mapping of a whole file (or of anonymous memory), from which <see cref="MappedView"/>s are cut.
/// </summary>
/// <remarks>
/// Disposing a <see cref="MappedFile"/> does not invalidate the views created from it: each view holds a lease on the OS mapping,
/// which is unmapped when the last lease is given back. New views cannot be created from a disposed file. See docs/runtime.md.
/// </remarks>
public sealed partial class MappedFile : IDisposable
{
    private const FileShare ShareWithOthers = FileShare.ReadWrite | FileShare.Delete;

    private readonly object _gate = new();
    private readonly FileStream? _stream;
    private readonly bool _ownsStream;
    private MappedRegion? _region;
    private long _length;
    private bool _disposed;

    private MappedFile(FileStream? stream, bool ownsStream, MappedRegion? region, long length, MapAccess access, string? path)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _region = region;
        _length = length;
        Access = access;
        Path = path;
    }

    /// <summary>The full path of the mapped file, or null for an anonymous mapping.</summary>
    public string? Path { get; }

    /// <summary>How the file is mapped.</summary>
    public MapAccess Access { get; }

    /// <summary>The number of mapped bytes, which views may cover. Changes only through <see cref="EnsureCapacity"/>.</summary>
    public long Length
    {
        get
        {
            lock (_gate)
            {
                return _length;
            }
        }
    }

    /// <summary>Maps an existing file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="access">Read-only, shared read-write, or private copy-on-write.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file's permissions do not allow <paramref name="access"/>.</exception>
    /// <exception cref="IOException">The path is a directory, or the file is empty and <paramref name="access"/> is not ReadWrite.</exception>
    public static MappedFile Open(string path, MapAccess access = MapAccess.Read)
    {
        CheckAccess(access);
        string fullPath = CheckIsFilePath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Cannot map '{fullPath}': the file does not exist.", fullPath);
        }

        FileAccess fileAccess = access == MapAccess.ReadWrite ? FileAccess.ReadWrite : FileAccess.Read;
        FileStream stream = OpenStream(fullPath, FileMode.Open, fileAccess, access);
        return MapStream(stream, access, fullPath);
    }

    /// <summary>
    /// Maps an already open file; the stream's access must allow <paramref name="access"/> (Read and CopyOnWrite need a readable
    /// stream, ReadWrite a readable and writable one).
    /// </summary>
    /// <param name="stream">The open file.</param>
    /// <param name="access">How to map it.</param>
    /// <param name="leaveOpen">
    /// When false, a successfully created mapping owns the stream and closes it on <see cref="Dispose"/> (the descriptor itself
    /// closes when the last view is disposed). On failure the stream is left open either way.
    /// </param>
    /// <exception cref="UnauthorizedAccessException">The stream was opened with an access that does not allow <paramref name="access"/>.</exception>
    public static MappedFile FromStream(FileStream stream, MapAccess access, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckAccess(access);
        string fullPath = stream.Name;
        if (!stream.CanRead || (access == MapAccess.ReadWrite && !stream.CanWrite))
        {
            string opened = stream.CanRead ? "read-only" : stream.CanWrite ? "write-only" : "closed";
            throw new UnauthorizedAccessException($"Cannot map '{fullPath}' with MapAccess.{access}: the file was opened {opened}.");
        }

        // With leaveOpen the caller may close the stream at any time: the regions' SafeHandle references keep the descriptor valid.
        return MapStream(stream, access, fullPath, ownsStream: !leaveOpen, disposeOnFailure: false);
    }

    /// <summary>Creates the file (overwriting any existing file), sets its length to <paramref name="capacity"/> and maps it ReadWrite.</summary>
    /// <param name="path">The file to create.</param>
    /// <param name="capacity">The file's length in bytes; at least 1. On file systems with sparse files the unwritten bytes take no disk space.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is not positive (nothing is created).</exception>
    /// <exception cref="IOException">The path is a directory, or the file system refuses the length (then an existing file is left as it was and a new one is removed), or the length cannot be mapped (then a new file is removed; an existing one has already been overwritten with zeros).</exception>
    public static MappedFile Create(string path, long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        string fullPath = CheckIsFilePath(path);
        bool existed = File.Exists(fullPath);
        FileStream stream = OpenStream(fullPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, MapAccess.ReadWrite);
        try
        {
            // Setting the final length first proves the file system accepts it before the old contents are dropped;
            // then 0 and back gives the zero-filled file Create promises.
            stream.SetLength(capacity);
            stream.SetLength(0);
            stream.SetLength(capacity);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            stream.Dispose();
            if (!existed)
            {
                File.Delete(fullPath);
            }

            if (e is ArgumentException)
            {
                throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"'{fullPath}' cannot be {capacity} bytes long: {e.Message}");
            }

            throw new IOException($"Cannot give '{fullPath}' a length of {capacity} bytes: {e.Message}", e);
        }

        try
        {
            return MapStream(stream, MapAccess.ReadWrite, fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The file system took the length but the mapping failed (address space, .NET's size limit, memory): a file we
            // created must not stay behind. MapStream has closed the stream. An existing file has already been overwritten.
            if (!existed)
            {
                File.Delete(fullPath);
            }

            throw new IOException($"Cannot map '{fullPath}' ({capacity} bytes) read-write: {e.Message}", e);
        }
    }

    /// <summary>Maps <paramref name="size"/> bytes of zero-filled memory that belongs to no file.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not positive.</exception>
    public static MappedFile CreateAnonymous(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var region = MappedRegion.Map(null, size, MapAccess.ReadWrite, null);
        return new MappedFile(null, false, region, size, MapAccess.ReadWrite, null);
    }

    /// <summary>A view of the whole mapping.</summary>
    public MappedView CreateView() => CreateView(0, Length);

    /// <summary>A view of <paramref name="length"/> bytes at <paramref name="offset"/>; the only bounds check its accesses rely on happens here.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is negative or ends past <see cref="Length"/>.</exception>
    /// <exception cref="ObjectDisposedException">The file has been disposed.</exception>
    public MappedView CreateView(long offset, long length)
    {
        // The view takes over the lease and gives it back when it is disposed.
        MappedRegion region = LeaseRegion(offset, length).Region
            ?? throw new InvalidOperationException($"{MappingErrors.Describe(Path)} is empty; call EnsureCapacity before creating views.");
        return new MappedView(this, region, offset, length);
    }

    /// <summary>Stops new views from being created and closes the file once the last view is disposed. Idempotent and thread-safe.</summary>
    public void Dispose()
    {
        MappedRegion? region;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            region = _region;
            _region = null;
        }

        region?.ReleaseLease();
        if (_ownsStream)
        {
            // The regions hold SafeHandle references, so the descriptor really closes when the last view lets go.
            _stream?.Dispose();
        }
    }

    /// <summary>Maps an open stream; on failure the stream is closed only if we opened it (a caller's stream is theirs until we succeed).</summary>
    private static MappedFile MapStream(FileStream stream, MapAccess access, string fullPath, bool ownsStream = true, bool disposeOnFailure = true)
    {
        try
        {
            long length = stream.Length;
            if (length == 0 && access != MapAccess.ReadWrite)
            {
                throw new IOException($"Cannot map '{fullPath}' with MapAccess.{access}: the file is empty, and a mapping needs at least one byte.");
            }

            MappedRegion? region = length == 0 ? null : MappedRegion.MapWholeFile(stream, length, access, fullPath, out length);
            return new MappedFile(stream, ownsStream, region, length, access, fullPath);
        }
        catch
        {
            if (disposeOnFailure)
            {
                stream.Dispose();
            }

            throw;
        }
    }

    private static FileStream OpenStream(string fullPath, FileMode mode, FileAccess fileAccess, MapAccess access)
    {
        try
        {
            // Share with other processes and mappings: .NET on Unix otherwise takes an advisory flock that excludes them.
            return new FileStream(fullPath, new FileStreamOptions { Mode = mode, Access = fileAccess, Share = ShareWithOthers, BufferSize = 0 });
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnauthorizedAccessException($"Cannot map '{fullPath}' with MapAccess.{access}: permission denied for {fileAccess} access.", e);
        }
    }

    private static string CheckIsFilePath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new IOException($"Cannot map '{fullPath}': it is a directory, not a file.");
        }

        return fullPath;
    }

    private static void CheckAccess(MapAccess access)
    {
        if (access is not (MapAccess.Read or MapAccess.ReadWrite or MapAccess.CopyOnWrite))
        {
            throw new ArgumentOutOfRangeException(nameof(access), access, "Unknown MapAccess.");
        }
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw MappingErrors.FileDisposed(Path);
        }
    }

    /// <summary>
    /// Takes a lease on the current region for a view or a range operation, so a concurrent Dispose or EnsureCapacity cannot
    /// unmap it meanwhile; its region is null when nothing is mapped yet (an empty ReadWrite file), where the only valid range is empty.
    /// </summary>
    private RegionLease LeaseRegion(long offset, long length)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            MappingErrors.CheckRange(offset, length, _length, MappingErrors.Describe(Path));

            // The file's own lease keeps the region alive while we hold the gate, so this cannot fail.
            _ = _region?.TryAddLease();
            return new RegionLease(_region);
        }
    }

    /// <summary>One lease on a region (or none), given back by <see cref="Dispose"/> at the end of a range operation.</summary>
    private readonly ref struct RegionLease(MappedRegion? region)
    {
        public MappedRegion? Region { get; } = region;

        public void Dispose() => Region?.ReleaseLease();
    }
}
