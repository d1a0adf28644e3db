using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>A read-only record slot of layout <typeparamref name="T"/>; converts implicitly to the generated <c>T.ReadOnlyRef</c>.</summary>
/// <typeparam name="T">The layout.</typeparam>
public readonly ref struct ReadOnlyMappedRecord<T> where T : struct, IMappedLayout<T>
{
    private readonly ReadOnlySpan<byte> _bytes;

    // The heap of the record's table, for a layout with variable-length fields; null otherwise (read as MappedHeap.Detached).
    private readonly MappedHeap? _heap;

    /// <summary>Wraps exactly one record's bytes; throws when <paramref name="bytes"/> is shorter than the layout.</summary>
    public ReadOnlyMappedRecord(ReadOnlySpan<byte> bytes)
    {
        int size = LayoutSize<T>.Value;
        if (bytes.Length < size)
        {
            ThrowTooShort(bytes.Length, nameof(bytes));
        }

        _bytes = bytes[..size];
    }

    /// <summary>
    /// Wraps the record starting at <paramref name="start"/>, which the caller (a table) has checked lies within a live
    /// mapping with a whole record after it. No check here: in a table's loop the span's length is then the JIT constant
    /// <see cref="LayoutSize{T}.Value"/>, and the generated <c>Ref</c>'s own length check folds away.
    /// </summary>
    internal ReadOnlyMappedRecord(ref byte start)
    {
        _bytes = MemoryMarshal.CreateReadOnlySpan(ref start, LayoutSize<T>.Value);
    }

    /// <summary>
    /// A record of <paramref name="length"/> bytes of a table file of another layout version (docs/versioning.md): the
    /// shorter of the file's stride and the layout's size, which the generated views of a versioned layout accept.
    /// </summary>
    internal ReadOnlyMappedRecord(ref byte start, int length)
    {
        _bytes = MemoryMarshal.CreateReadOnlySpan(ref start, length);
    }

    /// <summary>As the constructor above, with the heap of the record's table (null for a layout without variable-length fields).</summary>
    internal ReadOnlyMappedRecord(ref byte start, int length, MappedHeap? heap)
    {
        _bytes = MemoryMarshal.CreateReadOnlySpan(ref start, length);
        _heap = heap;
    }

    /// <summary>The record's bytes, exactly <see cref="LayoutInfo.Size"/> long.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Copies the record out.</summary>
    public T Load() => _heap is null ? T.LoadFrom(_bytes) : T.LoadFrom(_bytes, _heap);

    /// <summary>
    /// The heap that holds the values of the record's variable-length fields: its table's, or <see cref="MappedHeap.Detached"/>
    /// for a layout without such fields or a slot made over raw bytes. The generated <c>T.ReadOnlyRef</c> takes it from here.
    /// </summary>
    public MappedHeap Heap => _heap ?? MappedHeap.Detached;

    // Always throws and is not NoInlining, so the JIT keeps the call out of callers' loops as a call that never returns.
    [DoesNotReturn]
    private static void ThrowTooShort(int length, string parameterName) =>
        throw new ArgumentException($"A {T.Layout.Name} record needs {T.Layout.Size} bytes; the span has {length}.", parameterName);
}
