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

    /// <summary>A CSV cell (RFC 4180): quoted when it holds a comma, a quote, a line break or leading or trailing spaces.</summary>
    public static string Csv(string text)
    {
        bool quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '));
        return quote ? new StringBuilder("\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString() : text;
    }
}
