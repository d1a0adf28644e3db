using System;
using System.Collections.Generic;
using System.IO;
using System.IO.MemoryMappedFiles;

namespace MappedStructs;

// TEMPORARY (tables branch): the subset of the runtime branch's MappedFile contract that tables use, over
// System.IO.MemoryMappedFiles. Deleted when the runtime branch is merged.

/// <summary>A file mapped into memory (temporary stand-in).</summary>
public sealed class MappedFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly List<MemoryMappedFile> _maps = [];
    private MemoryMappedFile _map;

    private MappedFile(FileStream stream, string path, MapAccess access)
    {
        _stream = stream;
        Path = path;
        Access = access;
        Length = stream.Length;
        _map = Map();
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>How the file is mapped.</summary>
    public MapAccess Access { get; }

    /// <summary>The mapped length.</summary>
    public long Length { get; private set; }

    /// <summary>Opens and maps an existing file.</summary>
    public static MappedFile Open(string path, MapAccess access)
    {
        FileAccess fileAccess = access == MapAccess.ReadWrite ? FileAccess.ReadWrite : FileAccess.Read;
        var stream = new FileStream(path, FileMode.Open, fileAccess, FileShare.ReadWrite | FileShare.Delete);
        return new MappedFile(stream, path, access);
    }

    /// <summary>Creates (or overwrites) a file of <paramref name="capacity"/> bytes and maps it read-write.</summary>
    public static MappedFile Create(string path, long capacity)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        stream.SetLength(capacity);
        return new MappedFile(stream, path, MapAccess.ReadWrite);
    }

    /// <summary>A view of the whole mapping.</summary>
    public MappedView CreateView() => CreateView(0, Length);

    /// <summary>A view of a range of the mapping.</summary>
    public MappedView CreateView(long offset, long length)
    {
        MemoryMappedFileAccess access = Access switch
        {
            MapAccess.Read => MemoryMappedFileAccess.Read,
            MapAccess.CopyOnWrite => MemoryMappedFileAccess.CopyOnWrite,
            _ => MemoryMappedFileAccess.ReadWrite,
        };
        return new MappedView(_map.CreateViewAccessor(offset, length, access), length, Access != MapAccess.Read);
    }

    /// <summary>Grows the file and the mapping to at least <paramref name="bytes"/>.</summary>
    public void EnsureCapacity(long bytes)
    {
        if (bytes > Length)
        {
            _stream.SetLength(bytes);
            Length = bytes;
            _maps.Add(_map);
            _map = Map();
        }
    }

    /// <summary>Re-reads the file length and remaps when it grew; returns it.</summary>
    public long Refresh()
    {
        long length = _stream.Length;
        if (length > Length)
        {
            Length = length;
            _maps.Add(_map);
            _map = Map();
        }

        return length;
    }

    /// <summary>Flushes the file.</summary>
    public void Flush() => _stream.Flush(flushToDisk: true);

    /// <inheritdoc />
    public void Dispose()
    {
        _map.Dispose();
        foreach (MemoryMappedFile map in _maps)
        {
            map.Dispose();
        }

        _stream.Dispose();
    }

    private MemoryMappedFile Map()
    {
        MemoryMappedFileAccess access = Access switch
        {
            MapAccess.Read => MemoryMappedFileAccess.Read,
            MapAccess.CopyOnWrite => MemoryMappedFileAccess.CopyOnWrite,
            _ => MemoryMappedFileAccess.ReadWrite,
        };
        return MemoryMappedFile.CreateFromFile(_stream, null, 0, access, HandleInheritability.None, leaveOpen: true);
    }
}
