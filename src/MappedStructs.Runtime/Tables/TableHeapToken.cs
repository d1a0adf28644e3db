using System;

namespace MappedStructs;

/// <summary>
/// The <c>heap=&lt;id&gt;</c> token that names a table's heap file (docs/tables.md, "Variable-length fields"): the last
/// token of the first line of the layout text a table file stores, written only for a layout with variable-length fields,
/// so that the text (and the file) of every other layout is what it always was. The rest of the library sees the text
/// without it: <see cref="TableHeader.LayoutText"/> is the layout's own description, and the id is <see cref="TableHeader.HeapId"/>.
/// </summary>
internal static class TableHeapToken
{
    private const string Prefix = " heap=";

    /// <summary><paramref name="layoutText"/> with the token of <paramref name="heapId"/> ending its first line; unchanged for null.</summary>
    public static string Add(string layoutText, TableId? heapId)
    {
        if (heapId is not { } id)
        {
            return layoutText;
        }

        int lineEnd = FirstLineEnd(layoutText);
        return string.Concat(layoutText.AsSpan(0, lineEnd), Prefix, id.ToString(), layoutText.AsSpan(lineEnd));
    }

    /// <summary>
    /// The stored text without its token, and the id the token names (null when it has none). A token that is not the first
    /// line's last, or whose id is not <see cref="TableId.HexLength"/> hex digits, is <see cref="InvalidTableFileException"/>
    /// naming <paramref name="path"/>.
    /// </summary>
    public static (string LayoutText, TableId? HeapId) Split(string storedText, string path)
    {
        int lineEnd = FirstLineEnd(storedText);
        int start = storedText.AsSpan(0, lineEnd).IndexOf(Prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return (storedText, null);
        }

        ReadOnlySpan<char> hex = storedText.AsSpan(start + Prefix.Length, lineEnd - start - Prefix.Length);
        TableId id = TableId.TryParse(hex)
            ?? throw new InvalidTableFileException(path, TableFileProblem.InvalidHeaderField, $"the layout text's heap token '{hex}' is not the last token of its first line with {TableId.HexLength} hex digits.");
        return (string.Concat(storedText.AsSpan(0, start), storedText.AsSpan(lineEnd)), id);
    }

    private static int FirstLineEnd(string text)
    {
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? text.Length : newline;
    }
}
