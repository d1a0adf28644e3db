using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>A read-only record slot of layout <typeparamref name="T"/>; converts implicitly to the generated <c>T.ReadOnlyRef</c>.</summary>
/// <typeparam name="T">The layout.</typeparam>
public readonly ref struct ReadOnlyMappedRecord<T> where T : struct, IMappedLayout<T>
{
    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>Wraps exactly one record's bytes; throws when <paramref name="bytes"/> is shorter than the layout.</summary>
    public ReadOnlyMappedRecord(ReadOnlySpan<byte> bytes)
    {
        int size = T.Layout.Size;
        if (bytes.Length < size)
        {
            ThrowTooShort(bytes.Length, nameof(bytes));
        }

        _bytes = bytes[..size];
    }

    /// <summary>The record's bytes, exactly <see cref="LayoutInfo.Size"/> long.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Copies the record out.</summary>
    public T Load() => T.LoadFrom(_bytes);

    // Out of line: the message would otherwise be built inside every table loop that creates a record.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTooShort(int length, string parameterName) =>
        throw new ArgumentException($"A {T.Layout.Name} record needs {T.Layout.Size} bytes; the span has {length}.", parameterName);
}
