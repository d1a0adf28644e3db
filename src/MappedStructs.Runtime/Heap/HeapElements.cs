using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>
/// The elements of a <see cref="VarArrayAttribute"/> field in a byte order other than the host's (a big-endian layout read on
/// a little-endian host): a view over the heap bytes whose indexer converts each element as it reads it. A layout whose
/// byte order is the host's exposes the elements as a <see cref="ReadOnlySpan{T}"/> instead. Also what a value is given
/// as to a setter of such a field: a span or an array of host-order elements converts to it implicitly.
/// </summary>
/// <typeparam name="T">The element type: an integer, enum, <see cref="char"/>, <see cref="Half"/>, <see cref="float"/> or <see cref="double"/>.</typeparam>
public readonly ref struct HeapElements<T>
    where T : unmanaged
{
    private readonly ReadOnlySpan<byte> _bytes;

    // Whether each element's bytes are reversed relative to the host's order.
    private readonly bool _reversed;

    internal HeapElements(ReadOnlySpan<byte> bytes, bool reversed)
    {
        _bytes = bytes;
        _reversed = reversed && Unsafe.SizeOf<T>() > 1;
    }

    /// <summary>The number of elements.</summary>
    public int Length => _bytes.Length / Unsafe.SizeOf<T>();

    /// <summary>Whether there are no elements.</summary>
    public bool IsEmpty => _bytes.IsEmpty;

    /// <summary>The element at <paramref name="index"/>, in the host's byte order; throws <see cref="ArgumentOutOfRangeException"/> outside 0 to Length - 1.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be from 0 to {Length - 1}.");
            }

            T element = Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref MemoryMarshal.GetReference(_bytes), index * Unsafe.SizeOf<T>()));
            return _reversed ? Reverse(element) : element;
        }
    }

    /// <summary>Views host-order <paramref name="elements"/>, as a setter's value.</summary>
    public static implicit operator HeapElements<T>(ReadOnlySpan<T> elements) => new(MemoryMarshal.AsBytes(elements), reversed: false);

    /// <summary>Views host-order <paramref name="elements"/> (null is empty), as a setter's value.</summary>
    public static implicit operator HeapElements<T>(T[]? elements) => new ReadOnlySpan<T>(elements);

    /// <summary>Copies the elements, in the host's byte order, into a new array.</summary>
    public T[] ToArray()
    {
        var items = new T[Length];
        CopyTo(items);
        return items;
    }

    /// <summary>Copies the elements, in the host's byte order, into <paramref name="destination"/>; throws <see cref="ArgumentException"/> when it is shorter than Length.</summary>
    public void CopyTo(Span<T> destination)
    {
        if (destination.Length < Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} elements; {Length} are needed.", nameof(destination));
        }

        _bytes.CopyTo(MemoryMarshal.AsBytes(destination));
        if (_reversed)
        {
            ReverseEach(MemoryMarshal.AsBytes(destination[..Length]));
        }
    }

    /// <summary>The elements' bytes in <paramref name="bigEndian"/> order (the layout's), reversing each element's bytes only when that differs from this view's.</summary>
    internal ReadOnlySpan<byte> BytesIn(bool bigEndian)
    {
        bool storedBigEndian = _reversed == BitConverter.IsLittleEndian;
        if (Unsafe.SizeOf<T>() == 1 || storedBigEndian == bigEndian)
        {
            return _bytes;
        }

        byte[] copy = _bytes.ToArray();
        ReverseEach(copy);
        return copy;
    }

    private static void ReverseEach(Span<byte> bytes)
    {
        int size = Unsafe.SizeOf<T>();
        for (int i = 0; i + size <= bytes.Length; i += size)
        {
            bytes.Slice(i, size).Reverse();
        }
    }

    private static T Reverse(T element)
    {
        Span<byte> bytes = MemoryMarshal.AsBytes(new Span<T>(ref element));
        switch (bytes.Length)
        {
            case 2:
                BinaryPrimitives.WriteUInt16LittleEndian(bytes, BinaryPrimitives.ReadUInt16BigEndian(bytes));
                break;
            case 4:
                BinaryPrimitives.WriteUInt32LittleEndian(bytes, BinaryPrimitives.ReadUInt32BigEndian(bytes));
                break;
            case 8:
                BinaryPrimitives.WriteUInt64LittleEndian(bytes, BinaryPrimitives.ReadUInt64BigEndian(bytes));
                break;
            default:
                bytes.Reverse();
                break;
        }

        return element;
    }
}
