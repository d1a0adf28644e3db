using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace MappedStructs;

/// <summary>
/// What generated views call to read and write variable-length fields. Not meant to be called directly: the generated
/// <c>MessageBytes</c>, <c>Message</c>, <c>Payload</c> and <c>Tags</c> members are the API. Every read is one compare of
/// the reference's end against the heap's known length; everything else is out of line.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class HeapFields
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The bytes <paramref name="word"/> (the record's reference, already in host order) points at in <paramref name="heap"/>.
    /// <paramref name="record"/> and <paramref name="fieldName"/> only name the value in an exception.
    /// </summary>
    /// <exception cref="InvalidDataException">The reference lies past the heap's published length, even after a refresh.</exception>
    /// <exception cref="NotSupportedException">A non-empty reference read through a view made over raw bytes (<see cref="MappedHeap.Detached"/>).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Bytes(MappedHeap heap, ulong word, ref byte record, string fieldName)
    {
        // Offset and length are bounded (36 and 28 bits), so the end cannot overflow: one compare decides.
        ulong length = word & HeapReference.MaxLength;
        ulong end = ((word >> HeapReference.LengthBits) * HeapReference.OffsetUnit) + length;
        if (end <= (ulong)heap._knownLength)
        {
            // The length is 28 bits, never negative: the span is made without the constructor's sign test.
            return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef<byte>(heap._dataStart + (end - length)), (int)length);
        }

        return BytesSlow(heap, word, ref record, fieldName);
    }

    /// <summary>The elements <paramref name="word"/> points at, when the layout's byte order is the host's (heap values are 8-byte aligned).</summary>
    /// <exception cref="InvalidDataException">As for <see cref="Bytes"/>, or a byte length that is not a multiple of the element size.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<T> Elements<T>(MappedHeap heap, ulong word, ref byte record, string fieldName)
        where T : unmanaged
    {
        ReadOnlySpan<byte> bytes = Bytes(heap, word, ref record, fieldName);
        if (bytes.Length % sizeof(T) != 0)
        {
            ThrowNotWholeElements(ref record, fieldName, heap, bytes.Length, sizeof(T));
        }

        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetReference(bytes)), bytes.Length / sizeof(T));
    }

    /// <summary>The text <paramref name="word"/> points at, decoded from UTF-8; the empty reference is <see cref="string.Empty"/>.</summary>
    /// <exception cref="InvalidDataException">As for <see cref="Bytes"/>, or bytes that are not valid UTF-8.</exception>
    public static string Text(MappedHeap heap, ulong word, ref byte record, string fieldName)
    {
        ReadOnlySpan<byte> bytes = Bytes(heap, word, ref record, fieldName);
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException($"{fieldName} of {Describe(heap, ref record)} is not valid UTF-8 text.", exception);
        }
    }

    /// <summary>
    /// Appends <paramref name="value"/> to the heap of the record's table and returns the reference word to store (0 for an
    /// empty value, which takes no heap bytes). The generated setter then stores the word with one aligned atomic write.
    /// </summary>
    /// <exception cref="NotSupportedException">The view was made over raw bytes (<see cref="MappedHeap.Detached"/>) and the value is not empty.</exception>
    /// <exception cref="InvalidOperationException">The table is read-only or this instance does not hold its writer lock.</exception>
    /// <exception cref="ArgumentException">The value is longer than <see cref="HeapReference.MaxLength"/> bytes.</exception>
    public static ulong Append(MappedHeap heap, ReadOnlySpan<byte> value, string fieldName)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        if (heap._store is null)
        {
            ThrowDetached(fieldName);
        }

        return heap._store.Append(value, fieldName).Bits;
    }

    /// <summary>Encodes <paramref name="value"/> as UTF-8 and appends it as <see cref="Append"/> does; null is the empty text.</summary>
    public static ulong AppendText(MappedHeap heap, string? value, string fieldName)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        int length = s_strictUtf8.GetByteCount(value);
        if (length <= 1024)
        {
            Span<byte> buffer = stackalloc byte[length];
            s_strictUtf8.GetBytes(value, buffer);
            return Append(heap, buffer, fieldName);
        }

        return Append(heap, s_strictUtf8.GetBytes(value), fieldName);
    }

    /// <summary>Appends the elements of <paramref name="value"/> in the host's byte order, as <see cref="Append"/> does.</summary>
    public static ulong AppendElements<T>(MappedHeap heap, ReadOnlySpan<T> value, string fieldName)
        where T : unmanaged =>
        Append(heap, MemoryMarshal.AsBytes(value), fieldName);

    /// <summary>
    /// The elements <paramref name="word"/> points at, stored in the layout's byte order (<paramref name="bigEndian"/>), as a
    /// view that converts each element to the host's order: what views of a layout whose order is not the host's expose.
    /// </summary>
    /// <exception cref="InvalidDataException">As for <see cref="Elements{T}"/>.</exception>
    public static HeapElements<T> ElementsInOrder<T>(MappedHeap heap, ulong word, ref byte record, string fieldName, bool bigEndian)
        where T : unmanaged
    {
        ReadOnlySpan<byte> bytes = Bytes(heap, word, ref record, fieldName);
        if (bytes.Length % sizeof(T) != 0)
        {
            ThrowNotWholeElements(ref record, fieldName, heap, bytes.Length, sizeof(T));
        }

        return new HeapElements<T>(bytes, reversed: bigEndian == BitConverter.IsLittleEndian);
    }

    /// <summary>
    /// Appends the elements of <paramref name="value"/> in the layout's byte order (<paramref name="bigEndian"/>), as
    /// <see cref="Append"/> does: what a setter of a <see cref="VarArrayAttribute"/> field calls in either order.
    /// </summary>
    public static ulong AppendElements<T>(MappedHeap heap, HeapElements<T> value, bool bigEndian, string fieldName)
        where T : unmanaged =>
        value.IsEmpty ? 0 : Append(heap, value.BytesIn(bigEndian), fieldName);

    /// <summary>Appends <paramref name="value"/> as the UTF-8 text of <paramref name="fieldName"/>, as <see cref="Append"/> does.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid UTF-8, so the text could not be read back.</exception>
    public static ulong AppendUtf8(MappedHeap heap, ReadOnlySpan<byte> value, string fieldName)
    {
        if (!System.Text.Unicode.Utf8.IsValid(value))
        {
            throw new ArgumentException($"{fieldName} is text: the bytes given are not valid UTF-8.", nameof(value));
        }

        return Append(heap, value, fieldName);
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when <paramref name="value"/> cannot be stored as the text of
    /// <paramref name="fieldName"/>: a lone surrogate has no UTF-8 encoding, or the encoding is longer than
    /// <see cref="HeapReference.MaxLength"/>. What a store checks before its first write, so that it never writes half a record.
    /// </summary>
    public static void CheckText(string? value, string fieldName)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        int length;
        try
        {
            length = s_strictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException exception)
        {
            throw new ArgumentException($"{fieldName} holds a lone surrogate, which has no UTF-8 encoding.", nameof(value), exception);
        }

        CheckLength(length, fieldName);
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a value of <paramref name="byteLength"/> bytes is longer than a heap reference can describe.</summary>
    public static void CheckLength(long byteLength, string fieldName)
    {
        if (byteLength > HeapReference.MaxLength)
        {
            throw new ArgumentException($"{fieldName} holds {byteLength} bytes; a variable-length value holds at most {HeapReference.MaxLength}.", fieldName);
        }
    }

    /// <summary>
    /// What a view's <c>ToString</c> prints for a <see cref="TextAttribute"/> field: the text when the reference resolves and
    /// holds valid UTF-8, else the reference itself (<c>heap[64, 3 bytes]</c>). Never throws, whatever the bytes.
    /// </summary>
    public static string TextOrReference(MappedHeap heap, ulong word, ref byte record)
    {
        try
        {
            return Text(heap, word, ref record, string.Empty);
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or ObjectDisposedException)
        {
            return new HeapReference(word).ToString();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReadOnlySpan<byte> BytesSlow(MappedHeap heap, ulong word, ref byte record, string fieldName)
    {
        var reference = new HeapReference(word);
        if (heap._store is null)
        {
            ThrowDetached(fieldName);
        }

        MappedHeap newest = heap._store.Refresh(heap);
        if ((ulong)reference.End <= (ulong)newest._knownLength)
        {
            return new ReadOnlySpan<byte>(newest._dataStart + reference.Offset, reference.Length);
        }

        throw new InvalidDataException(
            $"{fieldName} of {heap._store.DescribeRecord(ref record)} refers to heap bytes [{reference.Offset}, {reference.End}) but the heap's published length is {newest._knownLength}: the file is corrupt or was written by something else.");
    }

    private static string Describe(MappedHeap heap, ref byte record) =>
        heap._store?.DescribeRecord(ref record) ?? "a record viewed over raw bytes";

    [DoesNotReturn]
    private static void ThrowNotWholeElements(ref byte record, string fieldName, MappedHeap heap, int byteLength, int elementSize) =>
        throw new InvalidDataException(
            $"{fieldName} of {Describe(heap, ref record)} holds {byteLength} bytes, not a whole number of {elementSize}-byte elements.");

    [DoesNotReturn]
    private static void ThrowDetached(string fieldName) =>
        throw new NotSupportedException(
            $"{fieldName} is variable-length: its value lives in a table's heap, which this view does not reach. Read and write records with variable-length fields through a table (table[i], table.Ref(i), Append), not through a view over raw bytes.");
}
