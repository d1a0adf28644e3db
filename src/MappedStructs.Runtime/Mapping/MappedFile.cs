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

    /// <summary>Maps an existing file; a symbolic link is followed to the file it names.</summary>
    /// <param name="path">The file.</param>
    /// <param name="access">Read-only, shared read-write, or private copy-on-write.</param>
    /// <exception cref="FileNotFoundException">The file does not exist (also a dangling symbolic link, or a loop of links).</exception>
    /// <exception cref="UnauthorizedAccessException">The file's permissions do not allow <paramref name="access"/>.</exception>
    /// <exception cref="IOException">
    /// The path is a directory or another kind of file than a regular one (a FIFO, a device, a socket: refused before anything
    /// could block), the file is empty and <paramref name="access"/> is not ReadWrite, or the mapping failed (the message names the file).
    /// </exception>
    public static MappedFile Open(string path, MapAccess access = MapAccess.Read)
    {
        CheckAccess(access);
        FileStream stream = OpenExisting(path, access, out string fullPath);
        return MapStream(stream, access, fullPath);
    }

    /// <summary>
    /// Opens an existing regular file for a mapping with <paramref name="access"/>, with every check and message of
    /// <see cref="Open"/>; the tables open their files through here so that both report a bad path alike.
    /// </summary>
    internal static FileStream OpenExisting(string path, MapAccess access, out string fullPath)
    {
        fullPath = CheckIsFilePath(path);
        RegularFiles.Require(fullPath);
        FileAccess fileAccess = access == MapAccess.ReadWrite ? FileAccess.ReadWrite : FileAccess.Read;
        FileStream stream = OpenStream(fullPath, FileMode.Open, fileAccess, access);
        if (!stream.CanSeek)
        {
            // Windows has no stat to ask first; a pipe or device opened there cannot seek, which a mapped file always can.
            stream.Dispose();
            throw RegularFiles.NotRegular(fullPath, "a pipe, a device or another file that cannot seek");
        }

        return stream;
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

    /// <summary>
    /// Creates the file (replacing any existing file), gives it a length of <paramref name="capacity"/> zero bytes with
    /// their disk space reserved, and maps it ReadWrite.
    /// </summary>
    /// <remarks>
    /// The new file is built beside the path and renamed over it, so a process that maps the file being replaced keeps
    /// reading the old bytes and is never cut short; on Windows a file mapped or open elsewhere cannot be replaced (an
    /// <see cref="IOException"/>). A symbolic link keeps pointing at the replaced file. See docs/runtime.md, "Replacing and shortening files".
    /// </remarks>
    /// <param name="path">The file to create.</param>
    /// <param name="capacity">The file's length in bytes; at least 1. Its blocks are reserved (fallocate), so a full disk fails here.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is not positive (nothing is created).</exception>
    /// <exception cref="IOException">
    /// The path is a directory, the file system refuses the length or has no room for it (ENOSPC, EFBIG), the length cannot
    /// be mapped, or the old file cannot be replaced; in every case an existing file is left as it was and nothing new remains.
    /// </exception>
    public static MappedFile Create(string path, long capacity) => Create(path, capacity, initialize: null);

    /// <summary>
    /// <see cref="Create(string, long)"/>, with <paramref name="initialize"/> run on the new file before it replaces the old
    /// one; when it is given, the new file is flushed to the device first, so no one ever opens it half written.
    /// </summary>
    internal static MappedFile Create(string path, long capacity, Action<MappedFile>? initialize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        string fullPath = CheckIsFilePath(path);
        return AtomicFileReplacement.Replace(
            fullPath,
            temporary => CreateBeside(temporary, fullPath, capacity, initialize),
            file => file.Dispose());
    }

    /// <summary>The new file of <see cref="Create(string, long, Action{MappedFile})"/>, at its temporary path but named by its final one.</summary>
    private static MappedFile CreateBeside(string temporary, string fullPath, long capacity, Action<MappedFile>? initialize)
    {
        FileStream stream = OpenStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, MapAccess.ReadWrite, fullPath);
        try
        {
            stream.SetLength(capacity);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            stream.Dispose();
            throw MappingErrors.CannotLengthen(fullPath, 0, capacity, e);
        }

        // Mapped before the space is reserved: a length too large to map fails at once, before it could fill the disk.
        MappedFile file = MapStream(stream, MapAccess.ReadWrite, fullPath);
        try
        {
            FileSpace.Reserve(stream.SafeFileHandle, 0, capacity, fullPath);
            if (initialize is not null)
            {
                initialize(file);
                file.Flush();
                stream.Flush(flushToDisk: true);
            }

            return file;
        }
        catch
        {
            file.Dispose();
            throw;
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

    /// <summary>
    /// A view of <paramref name="length"/> bytes at <paramref name="offset"/>; the only bounds check its accesses rely on
    /// happens here. A windowed file (<see cref="OpenWindowed"/>) moves its window here when the range lies outside it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is negative or ends past <see cref="Length"/>, or is longer than a windowed file's <see cref="WindowSize"/>.</exception>
    /// <exception cref="ObjectDisposedException">The file has been disposed.</exception>
    public MappedView CreateView(long offset, long length)
    {
        if (_windows is not null)
        {
            return CreateWindowView(offset, length);
        }

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
            region = _region ?? DetachWindow();
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

    /// <summary>Opens <paramref name="openPath"/>; every failure names <paramref name="displayPath"/> (the path the caller asked for) and the access.</summary>
    private static FileStream OpenStream(string openPath, FileMode mode, FileAccess fileAccess, MapAccess access, string? displayPath = null)
    {
        string shown = displayPath ?? openPath;
        try
        {
            // Share with other processes and mappings: .NET on Unix otherwise takes an advisory flock that excludes them.
            return new FileStream(openPath, new FileStreamOptions { Mode = mode, Access = fileAccess, Share = ShareWithOthers, BufferSize = 0 });
        }
        catch (UnauthorizedAccessException e) when (mode == FileMode.CreateNew)
        {
            throw new UnauthorizedAccessException(
                $"Cannot create '{shown}': permission denied for creating a file in '{System.IO.Path.GetDirectoryName(openPath)}' (the new file is built there, then renamed over the path).", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnauthorizedAccessException($"Cannot map '{shown}' with MapAccess.{access}: permission denied for {fileAccess} access.", e);
        }
        catch (DirectoryNotFoundException e) when (mode == FileMode.CreateNew)
        {
            throw new DirectoryNotFoundException($"Cannot create '{shown}': the directory '{System.IO.Path.GetDirectoryName(shown)}' does not exist.", e);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw RegularFiles.Missing(shown, e);
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
