using System.Globalization;

namespace MappedStructs.Layout;

/// <summary>
/// The padding character of a <c>[Utf8(n, Padding = c)]</c> field: which ones are valid and how the catalogue (and so the
/// fingerprint) names them, so that a space-padded field never matches a NUL-padded one of the same length.
/// </summary>
internal static class Utf8Padding
{
    /// <summary>The largest valid padding: ASCII, so one UTF-8 byte that fills and trims the field without splitting text.</summary>
    public const char LastAscii = '\u007F';

    /// <summary>
    /// What the catalogue name adds after <c>utf8[n]</c>: nothing for NUL, <c>/space-padded</c>, or <c>/padded-0xNN</c>. No
    /// space, so that the name stays one column of <c>LayoutInfo.Describe()</c> for tools that split it on whitespace.
    /// </summary>
    public static string CatalogueSuffix(char padding) => padding switch
    {
        '\0' => string.Empty,
        ' ' => "/space-padded",
        _ => "/padded-0x" + ((int)padding).ToString("X2", CultureInfo.InvariantCulture),
    };

    /// <summary>The character as <c>U+XXXX</c>, for messages.</summary>
    public static string CodePoint(char padding) => "U+" + ((int)padding).ToString("X4", CultureInfo.InvariantCulture);
}
