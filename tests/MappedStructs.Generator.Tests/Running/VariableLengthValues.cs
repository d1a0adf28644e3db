using System;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using CsCheck;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// CsCheck generators of the values of <c>[Text]</c>, <c>[Blob]</c> and <c>[VarArray]</c> fields (so that a failing case
/// shrinks to fewer and shorter values), their bytes in the heap, and how a failure prints them.
/// </summary>
internal static class VariableLengthValues
{
    /// <summary>
    /// Characters, bytes or elements in a value: mostly empty, one or a few, up to some KiB; sometimes past the heap's first
    /// 64 KiB (so that the heap file grows), rarely about 1 MiB. The weights keep a run of a few hundred tables within seconds.
    /// </summary>
    private static readonly Gen<int> s_counts = Gen.Frequency(
        (300, Gen.Const(0)),
        (250, Gen.Const(1)),
        (400, Gen.Int[2, 40]),
        (150, Gen.Int[41, 4096]),
        (20, Gen.Int[4097, 80_000]),
        (1, Gen.Int[(1 << 20) - 16, (1 << 20) + 16]));

    /// <summary>Whole characters of every UTF-8 width: ASCII (NUL and controls included), 2 and 3 bytes, and surrogate pairs (4).</summary>
    private static readonly Gen<string> s_characters = Gen.Frequency(
        (6, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (1, Gen.Char['\0', '\u007F'].Select(c => c.ToString())),
        (2, Gen.Char['\u0080', '\u07FF'].Select(c => c.ToString())),
        (2, Gen.Char['\u0800', '\uD7FF'].Select(c => c.ToString())),
        (1, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
        (2, Gen.Int[0x1_0000, 0x10_FFFF].Select(char.ConvertFromUtf32)));

    private static readonly Gen<string> s_text = s_counts.SelectMany(count => s_characters.Array[count]).Select(string.Concat);

    /// <summary>Sequences no UTF-8 decoder accepts: bytes never used, a lone continuation, overlong, an encoded surrogate, past U+10FFFF, cut short.</summary>
    private static readonly byte[][] s_invalidUtf8 =
        [[0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];

    /// <summary>Any bytes (random ones are almost never UTF-8), or text with an invalid sequence spliced in anywhere.</summary>
    private static readonly Gen<byte[]> s_blob = Gen.Frequency(
        (3, s_counts.SelectMany(count => Gen.Byte.Array[count])),
        (1, Gen.Select(s_text, Gen.OneOf(s_invalidUtf8), Gen.Int[0, int.MaxValue]).Select(Splice)));

    /// <summary>A value for <paramref name="field"/>; now and then null, which stores as the empty value.</summary>
    public static Gen<object?> For(TestField field)
    {
        Gen<object?> value = field.Kind switch
        {
            TestFieldKind.Text => s_text.Select(text => (object?)text),
            TestFieldKind.Blob => s_blob.Select(bytes => (object?)bytes),
            _ => Elements(field.Scalar),
        };
        return Gen.Frequency((1, Gen.Const((object?)null)), (20, value));
    }

    /// <summary>
    /// An array of <paramref name="scalar"/> from random bytes, so that every bit pattern occurs (NaN payloads, negative
    /// zero, lone surrogates in a <c>char[]</c>): each is a value a span of the type can hold.
    /// </summary>
    private static Gen<object?> Elements(ScalarType scalar)
    {
        int size = TypeCatalogue.Get(scalar).Size;
        Type type = ClrType(scalar);
        // Up to a few elements as counted, longer arrays in bytes: about 1 MiB whatever the element size.
        return s_counts.SelectMany(count => Gen.Byte.Array[count < 64 ? count * size : count - (count % size)]).Select(bytes =>
        {
            var array = Array.CreateInstance(type, bytes.Length / size);
            bytes.CopyTo(MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), bytes.Length));
            return (object?)array;
        });
    }

    private static Type ClrType(ScalarType scalar) => scalar switch
    {
        ScalarType.Byte => typeof(byte),
        ScalarType.SByte => typeof(sbyte),
        ScalarType.Int16 => typeof(short),
        ScalarType.UInt16 => typeof(ushort),
        ScalarType.Int32 => typeof(int),
        ScalarType.UInt32 => typeof(uint),
        ScalarType.Int64 => typeof(long),
        ScalarType.UInt64 => typeof(ulong),
        ScalarType.Int128 => typeof(Int128),
        ScalarType.UInt128 => typeof(UInt128),
        ScalarType.Char => typeof(char),
        ScalarType.Half => typeof(Half),
        ScalarType.Single => typeof(float),
        ScalarType.Double => typeof(double),
        _ => throw new ArgumentOutOfRangeException(nameof(scalar), scalar, "not an element a [VarArray] can view as a span"),
    };

    private static byte[] Splice(string text, byte[] invalid, int at)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        int cut = at % (utf8.Length + 1);
        return [.. utf8.AsSpan(0, cut), .. invalid, .. utf8.AsSpan(cut)];
    }

    /// <summary>
    /// The bytes a value takes in the heap, in the host's order: UTF-8 for text, the bytes of a blob, the elements' bytes of
    /// an array (so that floating-point elements compare by their bits); empty for null.
    /// </summary>
    public static byte[] Bytes(object? value) => value switch
    {
        null => [],
        string text => Encoding.UTF8.GetBytes(text),
        byte[] bytes => bytes,
        Array array => ElementBytes(array),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType(), "not a variable-length value"),
    };

    private static byte[] ElementBytes(Array array)
    {
        // An enum array (as Load gives it) has its underlying integer's elements.
        Type element = array.GetType().GetElementType()!;
        element = element.IsEnum ? Enum.GetUnderlyingType(element) : element;
        int size = TypeCatalogue.Get(RandomLayouts.Spannable.Single(scalar => ClrType(scalar) == element)).Size;
        return MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(array), array.Length * size).ToArray();
    }

    /// <summary>A value as a failure prints it: its type and length, and its first characters, bytes or elements.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"string[{text.Length} chars, {Encoding.UTF8.GetByteCount(text)} UTF-8 bytes] \"{Escape(text)}\"",
        byte[] bytes => $"byte[{bytes.Length}] {{ {string.Join(" ", bytes.Take(Shown).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)))}{More(bytes.Length)} }}",
        Array array => $"{array.GetType().GetElementType()!.Name}[{array.Length}] {{ {string.Join(", ", array.Cast<object>().Take(Shown).Select(e => Convert.ToString(e, CultureInfo.InvariantCulture)))}{More(array.Length)} }}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };

    private const int Shown = 24;

    private static string More(int length) => length > Shown ? $" ... ({length - Shown} more)" : string.Empty;

    /// <summary>The first characters, with anything but printable ASCII as a \u or \U escape.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (Rune rune in text.EnumerateRunes().Take(Shown))
        {
            escaped.Append(rune.Value is >= 0x20 and < 0x7F ? rune.ToString()
                : rune.IsBmp ? $"\\u{rune.Value:X4}" : $"\\U{rune.Value:X8}");
        }

        return escaped.Append(text.EnumerateRunes().Skip(Shown).Any() ? "..." : string.Empty).ToString();
    }
}
