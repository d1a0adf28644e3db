using System;
using System.IO;
using System.IO.MemoryMappedFiles;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// The alternatives' mapping: System.IO.MemoryMappedFiles over the whole file, with its view accessor (for
/// <c>MemoryMappedViewAccessor.Read&lt;T&gt;</c>) and the view's base pointer (for raw pointer code, spans and casts).
/// </summary>
public sealed unsafe class RawMapping : IDisposable
{
    private readonly MemoryMappedFile _file;
    private bool _pointerAcquired;

    /// <summary>Maps <paramref name="path"/> whole, read-only or read-write, and applies the page-size advice before any access.</summary>
    public RawMapping(string path, bool writable, PageAdvice advice)
    {
        Length = new FileInfo(path).Length;
        MemoryMappedFileAccess access = writable ? MemoryMappedFileAccess.ReadWrite : MemoryMappedFileAccess.Read;
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, access);
        Accessor = _file.CreateViewAccessor(0, Length, access);
        byte* basePointer = null;
        Accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref basePointer);
        _pointerAcquired = true;
        LinuxMemory.Advise(basePointer, Length, advice);
        Start = basePointer + Accessor.PointerOffset;
    }

    /// <summary>The file's first byte.</summary>
    public byte* Start { get; }

    /// <summary>The mapped length.</summary>
    public long Length { get; }

    /// <summary>The accessor over the whole file.</summary>
    public MemoryMappedViewAccessor Accessor { get; }

    /// <summary>A span over the whole mapping (the file is at most 1 GiB).</summary>
    public Span<byte> Span => new(Start, checked((int)Length));

    /// <inheritdoc />
    public void Dispose()
    {
        if (_pointerAcquired)
        {
            Accessor.SafeMemoryMappedViewHandle.ReleasePointer();
            _pointerAcquired = false;
        }

        Accessor.Dispose();
        _file.Dispose();
    }
}
