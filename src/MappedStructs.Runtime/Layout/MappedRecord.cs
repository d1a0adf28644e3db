using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>
/// A writable record slot of layout <typeparamref name="T"/> inside a mapping, as yielded by a table. The generated
/// <c>T.Ref</c> and <c>T.ReadOnlyRef</c> convert from it implicitly, so <c>Trade.Ref r = table[i];</c> reads the record in place.
/// A slot of a <see cref="MappedTable{T}"/> opened <see cref="MapAccess.Read"/> reads like any other, and every way of writing
/// it (<see cref="Bytes"/>, <see cref="Store"/>, the conversion to <c>T.Ref</c> that setters go through) throws
/// <see cref="InvalidOperationException"/> instead of faulting on the read-only pages: one test per view made, none per field read.
/// </summary>
/// <typeparam name="T">The layout.</typeparam>
public readonly ref struct MappedRecord<T> where T : struct, IMappedLayout<T>
{
    private readonly Span<byte> _bytes;

    // The heap of the record's table, for a layout with variable-length fields; null otherwise (read as MappedHeap.Detached).
    private readonly MappedHeap? _heap;

    // True for a slot of a table mapped read-only: its pages fault on a write, so every writable way in refuses instead.
    private readonly bool _readOnly;

    /// <summary>Wraps exactly one record's bytes; throws when <paramref name="bytes"/> is shorter than the layout.</summary>
    public MappedRecord(Span<byte> bytes)
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
    internal MappedRecord(ref byte start)
    {
        _bytes = MemoryMarshal.CreateSpan(ref start, LayoutSize<T>.Value);
    }

    /// <summary>
    /// A record of <paramref name="length"/> bytes: the layout's size, or for a table file of another layout version
    /// (docs/versioning.md) the shorter of the file's stride and the layout's size, which the generated views of a versioned
    /// layout accept. It refuses writes when <paramref name="readOnly"/> (a slot of a table mapped read-only; see the type's
    /// remarks).
    /// </summary>
    internal MappedRecord(ref byte start, int length, bool readOnly = false)
    {
        _bytes = MemoryMarshal.CreateSpan(ref start, length);
        _readOnly = readOnly;
    }

    /// <summary>As the constructor above, for a record of a layout with variable-length fields, whose values live in <paramref name="heap"/>.</summary>
    internal MappedRecord(ref byte start, int length, bool readOnly, MappedHeap heap)
    {
        _bytes = MemoryMarshal.CreateSpan(ref start, length);
        _readOnly = readOnly;
        _heap = heap;
    }

    /// <summary>Whether the slot belongs to a table opened <see cref="MapAccess.Read"/>, so that writing it throws.</summary>
    public bool IsReadOnly => _readOnly;

    /// <summary>The record's bytes, exactly <see cref="LayoutInfo.Size"/> long (shorter only for a file of an older layout version).</summary>
    /// <exception cref="InvalidOperationException">The slot belongs to a table opened <see cref="MapAccess.Read"/>.</exception>
    public Span<byte> Bytes
    {
        get
        {
            if (_readOnly)
            {
                ThrowReadOnly();
            }

            return _bytes;
        }
    }

    /// <summary>Copies the record out.</summary>
    public T Load() => _heap is null ? T.LoadFrom(_bytes) : T.LoadFrom(_bytes, _heap);

    /// <summary>
    /// The heap that holds the values of the record's variable-length fields: its table's, or <see cref="MappedHeap.Detached"/>
    /// for a layout without such fields or a slot made over raw bytes. The generated <c>T.Ref</c> takes it from here.
    /// </summary>
    public MappedHeap Heap => _heap ?? MappedHeap.Detached;

    /// <summary>Overwrites the record.</summary>
    /// <exception cref="InvalidOperationException">The slot belongs to a table opened <see cref="MapAccess.Read"/>.</exception>
    public void Store(in T value)
    {
        if (_heap is null)
        {
            T.StoreTo(value, Bytes);
        }
        else
        {
            T.StoreTo(value, Bytes, _heap);
        }
    }

    /// <summary>A read-only view of the same record (of the same length, which is shorter than the layout's only for a file of an older layout version).</summary>
    public static implicit operator ReadOnlyMappedRecord<T>(MappedRecord<T> record) =>
        new(ref MemoryMarshal.GetReference(record._bytes), record._bytes.Length, record._heap);

    // Always throws and is not NoInlining, so the JIT keeps the call out of callers' loops as a call that never returns.
    [DoesNotReturn]
    private static void ThrowReadOnly() =>
        throw new InvalidOperationException(
            $"This {T.Layout.Name} record belongs to a table opened MapAccess.Read, whose pages are mapped read-only: read it (its properties, Load(), table.GetReadOnly(index) or a ReadOnlyMappedTable<{T.Layout.Name}>), or open the table with MapAccess.ReadWrite to write it.");

    // Always throws and is not NoInlining, so the JIT keeps the call out of callers' loops as a call that never returns.
    [DoesNotReturn]
    private static void ThrowTooShort(int length, string parameterName) =>
        throw new ArgumentException($"A {T.Layout.Name} record needs {T.Layout.Size} bytes; the span has {length}.", parameterName);
}
