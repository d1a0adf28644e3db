namespace MappedStructs.Layout;

/// <summary>
/// One field of a layout's field table, as the compatibility rules see it: what a table file header, a shipped-layouts
/// file and a compiled declaration all record.
/// </summary>
/// <param name="Name">The field's name.</param>
/// <param name="FormerNames">Names the field had before (<c>[FormerName]</c>), matched like its name.</param>
/// <param name="Offset">The byte offset in the record.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Type">The kind and type text (<c>scalar Int64</c>, <c>utf8 32</c>...): equal texts mean equal bytes.</param>
/// <param name="ByteOrder">The byte order text (<c>Little</c>, <c>Big</c>), or empty where order does not apply.</param>
/// <param name="Since">The layout version that added the field.</param>
/// <param name="Deprecated">The version that deprecated it, or 0 while in use.</param>
internal sealed record LayoutFieldRow(
    string Name,
    EquatableArray<string> FormerNames,
    long Offset,
    long Size,
    string Type,
    string ByteOrder,
    int Since = 1,
    int Deprecated = 0)
{
    /// <summary>Whether the row answers to <paramref name="name"/>: its name or one of its former names.</summary>
    public bool AnswersTo(string name)
    {
        if (Name == name)
        {
            return true;
        }

        foreach (string former in FormerNames)
        {
            if (former == name)
            {
                return true;
            }
        }

        return false;
    }
}
