using System;

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
        if (bytes.Length < T.Layout.Size)
        {
            throw new ArgumentException($"A {T.Layout.Name} record needs {T.Layout.Size} bytes; the span has {bytes.Length}.", nameof(bytes));
        }

        _bytes = bytes[..T.Layout.Size];
    }

    /// <summary>The record's bytes, exactly <see cref="LayoutInfo.Size"/> long.</summary>
    public Span<byte> Bytes => _bytes;

    /// <summary>Copies the record out.</summary>
    public T Load() => T.LoadFrom(_bytes);

    /// <summary>Overwrites the record.</summary>
    public void Store(in T value) => T.StoreTo(value, _bytes);

    /// <summary>A read-only view of the same record.</summary>
    public static implicit operator ReadOnlyMappedRecord<T>(MappedRecord<T> record) => new(record._bytes);
}
