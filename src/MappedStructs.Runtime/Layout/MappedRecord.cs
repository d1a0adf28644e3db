using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// A writable record slot of layout <typeparamref name="T"/> inside a mapping, as yielded by a table. The generated
/// <c>T.Ref</c> and <c>T.ReadOnlyRef</c> convert from it implicitly, so <c>Trade.Ref r = table[i];</c> reads the record in place.
/// </summary>
/// <typeparam name="T">The layout.</typeparam>
public readonly ref struct MappedRecord<T> where T : struct, IMappedLayout<T>
{
    private readonly Span<byte> _bytes;

    /// <summary>Wraps exactly one record's bytes; throws when <paramref name="bytes"/> is shorter than the layout.</summary>
    public MappedRecord(Span<byte> bytes)
    {
        int size = T.Layout.Size;
        if (bytes.Length < size)
        {
            ThrowTooShort(bytes.Length, nameof(bytes));
        }

        _bytes = bytes[..size];
    }

    /// <summary>The record's bytes, exactly <see cref="LayoutInfo.Size"/> long.</summary>
    public Span<byte> Bytes => _bytes;

    /// <summary>Copies the record out.</summary>
    public T Load() => T.LoadFrom(_bytes);

    /// <summary>Overwrites the record.</summary>
    public void Store(in T value) => T.StoreTo(value, _bytes);

    /// <summary>A read-only view of the same record.</summary>
    public static implicit operator ReadOnlyMappedRecord<T>(MappedRecord<T> record) => new(record._bytes);

    // Out of line: the message would otherwise be built inside every table loop that creates a record.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTooShort(int length, string parameterName) =>
        throw new ArgumentException($"A {T.Layout.Name} record needs {T.Layout.Size} bytes; the span has {length}.", parameterName);
}
