using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MappedStructs;

/// <summary>
/// The text rules of a <see cref="Utf8Attribute"/> field with its padding byte: where the text ends, how a record's string
/// carries bytes that are not valid UTF-8, and what the field refuses to store.
/// </summary>
/// <remarks>
/// <c>Load</c> must not throw for a whole record because one field holds foreign bytes, and <c>Store(Load())</c> must give
/// those bytes back. So the lenient decoding escapes each byte of an invalid sequence as the lone surrogate
/// U+DC80 + (byte - 0x80), as Python's <c>surrogateescape</c> does (PEP 383): valid UTF-8 never decodes to a lone
/// surrogate, so the escape cannot be confused with text, and encoding writes each escape back as its byte.
/// </remarks>
internal static class PaddedUtf8
{
    private const char FirstEscape = '\uDC80';
    private const char LastEscape = '\uDCFF';
    private const int EscapeBase = 0xDC00;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The field's text bytes: up to the first NUL with NUL padding, else without the trailing padding bytes.</summary>
    public static ReadOnlySpan<byte> TextOf(ReadOnlySpan<byte> field, byte padding)
    {
        if (padding == 0)
        {
            int end = field.IndexOf((byte)0);
            return end < 0 ? field : field[..end];
        }

        return field[..(field.LastIndexOfAnyExcept(padding) + 1)];
    }

    /// <summary>Decodes <paramref name="text"/>, escaping each byte of an invalid sequence (see the remarks).</summary>
    public static string DecodeEscaped(ReadOnlySpan<byte> text)
    {
        if (Utf8.IsValid(text))
        {
            return Encoding.UTF8.GetString(text);
        }

        var builder = new StringBuilder(text.Length);
        Span<char> units = stackalloc char[2];
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(text, out Rune rune, out int consumed) == OperationStatus.Done)
            {
                builder.Append(units[..rune.EncodeToUtf16(units)]);
            }
            else
            {
                foreach (byte invalid in text[..consumed])
                {
                    builder.Append((char)(EscapeBase + invalid));
                }
            }

            text = text[consumed..];
        }

        return builder.ToString();
    }

    /// <summary>
    /// The bytes <paramref name="value"/> needs, after checking that the field can hold it and read it back (no NUL with
    /// NUL padding, no trailing padding character otherwise, no more than <paramref name="byteLength"/> bytes, no lone
    /// surrogate that is not an escape). Throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public static int CheckedByteCount(string value, int byteLength, byte padding, string fieldName)
    {
        if (padding == 0 && value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"{fieldName} cannot hold a NUL character: it marks the end of the text.", nameof(value));
        }

        if (padding != 0 && value[^1] == (char)padding)
        {
            throw new ArgumentException(
                $"{fieldName} cannot end with its padding character U+{padding:X4}: it would read back without it.", nameof(value));
        }

        int needed = HasEscapes(value) ? EncodeEscaped(value, [], write: false, fieldName) : s_strictUtf8.GetByteCount(value);
        if (needed > byteLength)
        {
            throw new ArgumentException($"{fieldName} holds at most {byteLength} UTF-8 bytes; the text needs {needed}.", nameof(value));
        }

        return needed;
    }

    /// <summary>Encodes a <see cref="CheckedByteCount"/>-checked <paramref name="value"/> into <paramref name="field"/>; returns the bytes written.</summary>
    public static int Encode(string value, Span<byte> field, string fieldName) =>
        HasEscapes(value) ? EncodeEscaped(value, field, write: true, fieldName) : s_strictUtf8.GetBytes(value, field);

    private static bool HasEscapes(string value) => value.AsSpan().IndexOfAnyInRange(FirstEscape, LastEscape) >= 0;

    private static int EncodeEscaped(ReadOnlySpan<char> value, Span<byte> destination, bool write, string fieldName)
    {
        Span<byte> scratch = stackalloc byte[4];
        int length = 0;
        while (!value.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(value, out Rune rune, out int consumed) == OperationStatus.Done)
            {
                length += rune.EncodeToUtf8(write ? destination[length..] : scratch);
            }
            else if (value[0] is >= FirstEscape and <= LastEscape)
            {
                if (write)
                {
                    destination[length] = (byte)(value[0] - EscapeBase);
                }

                length++;
            }
            else
            {
                throw new ArgumentException(
                    $"{fieldName} cannot hold the lone surrogate U+{(int)value[0]:X4}: only U+DC80 to U+DCFF stand for raw bytes.", nameof(value));
            }

            value = value[consumed..];
        }

        return length;
    }
}
