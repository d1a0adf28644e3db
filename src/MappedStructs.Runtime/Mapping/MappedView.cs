using System;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;

namespace MappedStructs;

// TEMPORARY (tables branch): a working stand-in for the runtime branch's MappedView, over System.IO.MemoryMappedFiles,
// so the tables can be built and tested before the runtime lands. Replaced wholesale by the runtime branch's file.

/// <summary>A range of a mapping, bounds-checked once at creation.</summary>
public sealed unsafe partial class MappedView : IDisposable
{
    private readonly MemoryMappedViewAccessor? _accessor;
    private byte* _pointer;

    internal MappedView(MemoryMappedViewAccessor accessor, long length, bool writable)
    {
        _accessor = accessor;
        byte* p = null;
        accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
        _pointer = p + accessor.PointerOffset;
        Length = length;
        IsWritable = writable;
    }

    /// <summary>The view's length in bytes.</summary>
    public long Length { get; }

    /// <summary>Whether writes are allowed (the mapping is ReadWrite or CopyOnWrite).</summary>
    public bool IsWritable { get; }

    /// <summary>A reference to the first byte; throws on a read-only view.</summary>
    public ref byte GetReference() => ref IsWritable ? ref Unsafe.AsRef<byte>(Pointer) : ref ThrowReadOnly();

    /// <summary>A read-only reference to the first byte.</summary>
    public ref readonly byte GetReadOnlyReference() => ref Unsafe.AsRef<byte>(Pointer);

    /// <summary>A writable span of <paramref name="length"/> bytes at <paramref name="offset"/>; throws on a read-only view or out of range.</summary>
    public Span<byte> GetSpan(long offset, int length)
    {
        if (!IsWritable)
        {
            ThrowReadOnly();
        }

        Check(offset, length);
        return new Span<byte>(Pointer + offset, length);
    }

    /// <summary>A read-only span of <paramref name="length"/> bytes at <paramref name="offset"/>; throws out of range.</summary>
    public ReadOnlySpan<byte> GetReadOnlySpan(long offset, int length)
    {
        Check(offset, length);
        return new ReadOnlySpan<byte>(Pointer + offset, length);
    }

    /// <summary>Writes changed pages to the file.</summary>
    public void Flush() => _accessor?.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        if (_pointer != null)
        {
            _pointer = null;
            _accessor?.SafeMemoryMappedViewHandle.ReleasePointer();
            _accessor?.Dispose();
        }
    }

    private byte* Pointer => _pointer != null ? _pointer : throw new ObjectDisposedException(nameof(MappedView));

    private void Check(long offset, int length)
    {
        if (offset < 0 || length < 0 || offset > Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"[{offset}, +{length}) is outside the {Length}-byte view.");
        }
    }

    private static ref byte ThrowReadOnly() => throw new InvalidOperationException("The view is read-only.");
}
