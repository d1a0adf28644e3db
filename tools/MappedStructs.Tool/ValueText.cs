using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MappedStructs.Tool;

/// <summary>
/// A field's value as the tool prints it: as text (<c>show</c>, CSV, <c>--where</c>) and as JSON (<c>dump --format json|jsonl</c>),
/// invariant culture throughout. Floats print their shortest round-trip form, <c>datetime</c> ISO 8601 (<c>o</c>), <c>timespan</c>
/// <c>c</c>, a nested layout's bytes in hex, arrays as <c>[a, b]</c>.
/// </summary>
internal static class ValueText
{
    public static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("o", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        object[] elements => "[" + string.Join(", ", Array.ConvertAll(elements, Text)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // How much of a variable-length value a terminal table shows before it says how long the value is.
    private const int ShownChars = 48;
    private const int ShownBytes = 24;
    private const int ShownElements = 16;

    /// <summary>
    /// A value as <c>show</c> prints it in a table cell: as <see cref="Text"/> for fixed fields; for a variable-length field,
    /// text quoted, a blob as hex with its length, an array as <c>[1, 2, 3]</c>, a long value cut with <c>…(N bytes)</c>.
    /// </summary>
    public static string Cell(DescribedFieldType type, object value) => (type.VariableLengthKind, value) switch
    {
        (FieldKind.Text, string text) => text.Length <= ShownChars
            ? "\"" + text + "\""
            : "\"" + text[..ShownChars] + "\"" + Cut(Encoding.UTF8.GetByteCount(text)),
        (FieldKind.Blob, byte[] bytes) => bytes.Length <= ShownBytes
            ? string.Create(CultureInfo.InvariantCulture, $"{Convert.ToHexString(bytes)} ({bytes.Length} bytes)")
            : Convert.ToHexString(bytes, 0, ShownBytes) + Cut(bytes.Length),
        (FieldKind.VarArray, object[] elements) => elements.Length <= ShownElements
            ? Text(elements)
            : "[" + string.Join(", ", Array.ConvertAll(elements[..ShownElements], Text)) + ", " + Cut(elements.Length * type.ElementSizeOfVarArray()) + "]",
        _ => Text(value),
    };

    public static void Json(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(f);
                break;
            case Half h when Half.IsFinite(h):
                writer.WriteNumberValue((float)h);
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong or Int128 or UInt128:
                // The digits as they are: JSON numbers have no width, and a reader that wants 128 bits can have them.
                writer.WriteRawValue(Text(value));
                break;
            case object[] elements:
                writer.WriteStartArray();
                foreach (object element in elements)
                {
                    Json(writer, element);
                }

                writer.WriteEndArray();
                break;
            default:
                // NaN and infinities are not JSON numbers; they are written as the text a float parser reads back.
                writer.WriteStringValue(Text(value));
                break;
        }
    }

    private static string Cut(long byteLength) => string.Create(CultureInfo.InvariantCulture, $"…({byteLength} bytes)");

    private static int ElementSizeOfVarArray(this DescribedFieldType type) => type.VarArrayElementType switch
    {
        FieldValueType.Int8 or FieldValueType.UInt8 => 1,
        FieldValueType.Int16 or FieldValueType.UInt16 or FieldValueType.Char or FieldValueType.Float16 => 2,
        FieldValueType.Int32 or FieldValueType.UInt32 or FieldValueType.Float32 => 4,
        _ => 8,
    };

    /// <summary>A CSV cell (RFC 4180): quoted when it holds a comma, a quote, a line break or leading or trailing spaces.</summary>
    public static string Csv(string text)
    {
        bool quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '));
        return quote ? new StringBuilder("\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString() : text;
    }
}
