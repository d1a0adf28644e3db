using System;

namespace MappedStructs;

// CONTRACT STUB: the runtime work replaces the bodies; the signatures below are what the generator and tables use.

/// <summary>A range of a mapping, bounds-checked once at creation.</summary>
public sealed partial class MappedView : IDisposable
{
    /// <summary>The view's length in bytes.</summary>
    public long Length => throw new NotImplementedException();

    /// <summary>Whether writes are allowed (the mapping is ReadWrite or CopyOnWrite).</summary>
    public bool IsWritable => throw new NotImplementedException();

    /// <summary>A writable span of <paramref name="length"/> bytes at <paramref name="offset"/>; throws on a read-only view or out of range.</summary>
    public Span<byte> GetSpan(long offset, int length) => throw new NotImplementedException();

    /// <summary>A read-only span of <paramref name="length"/> bytes at <paramref name="offset"/>; throws out of range.</summary>
    public ReadOnlySpan<byte> GetReadOnlySpan(long offset, int length) => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose() => throw new NotImplementedException();
}
