using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// A range of a mapping, bounds-checked once at creation. It holds a lease on the OS mapping, so its memory stays mapped until
/// it is disposed, even if its <see cref="MappedFile"/> is disposed first.
/// </summary>
/// <remarks>
/// Accesses cost a disposed check and a bounds check against the view, never a reference count. The one rule callers keep:
/// a span or reference obtained from a view must not be used after (or while) that view is disposed. See docs/runtime.md.
/// </remarks>
public sealed unsafe partial class MappedView : IDisposable
{
    private readonly MappedRegion _region;
    private readonly byte* _start;
    private readonly long _length;
    private readonly long _regionOffset;
    private readonly bool _writable;
    private int _disposed;

    /// <summary>Wraps a lease on <paramref name="region"/> the caller has already taken; checks were done by the caller.</summary>
    internal MappedView(MappedFile file, MappedRegion region, long regionOffset, long length)
    {
        File = file;
        _region = region;
        _regionOffset = regionOffset;
        _length = length;
        _start = region.Start + regionOffset;
        _writable = region.Access != MapAccess.Read;
    }

    /// <summary>The mapping this view was cut from (possibly disposed since).</summary>
    public MappedFile File { get; }

    /// <summary>The view's length in bytes.</summary>
    public long Length => _length;

    /// <summary>Whether writes are allowed (the mapping is ReadWrite or CopyOnWrite).</summary>
    public bool IsWritable => _writable;

    /// <summary>This view's offset within the mapping (the file offset, for a file mapping).</summary>
    public long Offset => _region.FileOffset + _regionOffset;

    /// <summary>Whether <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>The whole view as a writable span.</summary>
    /// <exception cref="InvalidOperationException">The view is read-only, or longer than <see cref="int.MaxValue"/> bytes (use <see cref="GetReference"/> or sub-views).</exception>
    public Span<byte> Span
    {
        get
        {
            ThrowIfNotWritable();
            return new Span<byte>(_start, CheckSpanLength());
        }
    }

    /// <summary>The whole view as a read-only span.</summary>
    /// <exception cref="InvalidOperationException">The view is longer than <see cref="int.MaxValue"/> bytes (use <see cref="GetReadOnlyReference"/> or sub-views).</exception>
    public ReadOnlySpan<byte> ReadOnlySpan
    {
        get
        {
            ThrowIfDisposed();
            return new ReadOnlySpan<byte>(_start, CheckSpanLength());
        }
    }

    /// <summary>A writable reference to the view's first byte; valid for <see cref="Length"/> bytes until the view is disposed.</summary>
    /// <exception cref="InvalidOperationException">The view is read-only: writing a read-only page would crash the process.</exception>
    public ref byte GetReference()
    {
        ThrowIfNotWritable();
        return ref *_start;
    }

    /// <summary>A read-only reference to the view's first byte; valid for <see cref="Length"/> bytes until the view is disposed.</summary>
    public ref readonly byte GetReadOnlyReference()
    {
        ThrowIfDisposed();
        return ref *_start;
    }

    /// <summary>A writable span of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    /// <exception cref="InvalidOperationException">The view is read-only.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the view.</exception>
    public Span<byte> GetSpan(long offset, int length)
    {
        ThrowIfNotWritable();
        CheckRange(offset, length);
        return new Span<byte>(_start + offset, length);
    }

    /// <summary>A read-only span of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within the view.</exception>
    public ReadOnlySpan<byte> GetReadOnlySpan(long offset, int length)
    {
        ThrowIfDisposed();
        CheckRange(offset, length);
        return new ReadOnlySpan<byte>(_start + offset, length);
    }

    /// <summary>Reads a <typeparamref name="T"/> at <paramref name="offset"/> (no alignment required).</summary>
    public T Read<T>(long offset) where T : unmanaged
    {
        ThrowIfDisposed();
        CheckRange(offset, sizeof(T));
        return Unsafe.ReadUnaligned<T>(_start + offset);
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="offset"/> (no alignment required).</summary>
    /// <exception cref="InvalidOperationException">The view is read-only.</exception>
    public void Write<T>(long offset, T value) where T : unmanaged
    {
        ThrowIfNotWritable();
        CheckRange(offset, sizeof(T));
        Unsafe.WriteUnaligned(_start + offset, value);
    }

    /// <summary>
    /// A writable reference to a <typeparamref name="T"/> at <paramref name="offset"/>. Plain reads and writes through it work at any
    /// offset; atomic operations (<see cref="Interlocked"/>, <see cref="Volatile"/>) need an offset that is a multiple of the type's size.
    /// </summary>
    /// <exception cref="InvalidOperationException">The view is read-only.</exception>
    public ref T GetRef<T>(long offset) where T : unmanaged
    {
        ThrowIfNotWritable();
        CheckRange(offset, sizeof(T));
        return ref *(T*)(_start + offset);
    }

    /// <summary>A read-only reference to a <typeparamref name="T"/> at <paramref name="offset"/>.</summary>
    public ref readonly T GetReadOnlyRef<T>(long offset) where T : unmanaged
    {
        ThrowIfDisposed();
        CheckRange(offset, sizeof(T));
        return ref *(T*)(_start + offset);
    }

    /// <summary>
    /// A sub-view of <paramref name="length"/> bytes at <paramref name="offset"/> within this view, sharing the same OS mapping
    /// (no system call). It holds its own lease, so it outlives this view if this one is disposed first.
    /// </summary>
    public MappedView CreateView(long offset, long length)
    {
        ThrowIfDisposed();
        MappingErrors.CheckRange(offset, length, _length, $"this view of {MappingErrors.Describe(_region.Path)}");
        if (!_region.TryAddLease())
        {
            throw MappingErrors.ViewDisposed(_region.Path);
        }

        return new MappedView(File, _region, _regionOffset + offset, length);
    }

    /// <summary>Durably writes this view's dirty pages to the file (msync MS_SYNC; FlushViewOfFile + FlushFileBuffers on Windows).</summary>
    public void Flush() => Flush(FlushMode.Sync);

    /// <summary>Writes this view's dirty pages to the file, durably or by scheduling write-back; nothing for read-only, copy-on-write and anonymous mappings.</summary>
    public void Flush(FlushMode mode)
    {
        ThrowIfDisposed();

        // A system call anyway, so a lease costs nothing here and keeps a concurrent Dispose from unmapping the range mid-flush.
        if (!_region.TryAddLease())
        {
            throw MappingErrors.ViewDisposed(_region.Path);
        }

        try
        {
            _region.Flush(_regionOffset, _length, mode);
        }
        finally
        {
            _region.ReleaseLease();
        }
    }

    /// <summary>Gives back this view's lease on the mapping; the memory is unmapped when the last lease goes. Idempotent and thread-safe.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _region.ReleaseLease();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckRange(long offset, long length)
    {
        if ((ulong)offset > (ulong)_length || (ulong)length > (ulong)(_length - offset))
        {
            ThrowOutOfRange(offset, length);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ThrowIfDisposed()
    {
        if (_disposed != 0)
        {
            ThrowDisposed();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ThrowIfNotWritable()
    {
        ThrowIfDisposed();
        if (!_writable)
        {
            ThrowReadOnly();
        }
    }

    // The throw paths stay out of line so that the checks inlined into callers' loops are one compare and a branch.
    // They always throw and are not marked NoInlining: the JIT then sees that a call to them never returns, moves it
    // to cold code and keeps the loop's registers live across it. (With NoInlining, or a helper that only might throw,
    // the JIT assumed the call returns and spilled the loop's running sum to the stack: seen in bench/results.)
    [DoesNotReturn]
    private void ThrowDisposed() => throw MappingErrors.ViewDisposed(_region.Path);

    [DoesNotReturn]
    private void ThrowReadOnly() => throw MappingErrors.ReadOnly(_region.Path);

    private int CheckSpanLength()
    {
        if (_length > int.MaxValue)
        {
            throw new InvalidOperationException($"This view of {MappingErrors.Describe(_region.Path)} is {_length} bytes long, more than a span can hold; use GetReference or sub-views.");
        }

        return (int)_length;
    }

    [DoesNotReturn]
    private void ThrowOutOfRange(long offset, long length) =>
        throw MappingErrors.OutOfRange(offset, length, _length, $"this view of {MappingErrors.Describe(_region.Path)}");
}
