namespace MappedStructs.Layout;

/// <summary>
/// How a nested layout is named in field tables (<c>LayoutInfo.Describe()</c>, the table header, the shipped-layouts
/// files): by its simple name, which a reader of the table must not mistake for a scalar's catalogue name. A layout may be
/// called <c>int64</c> (or <c>@bool</c>, whose name is <c>bool</c>), and <c>int64[4]</c> would then read as four scalars,
/// so such a name is written with <see cref="ScalarNameEscape"/> before it (<c>@int64</c>, <c>@int64[4]</c>), the way C#
/// writes an identifier that is a keyword. Every other name is written as it is, so the tables of other layouts (and the
/// files that hold them) do not change.
/// </summary>
internal static class NestedLayoutNames
{
    /// <summary>The character before a nested layout's name that is a scalar's catalogue name.</summary>
    public const char ScalarNameEscape = '@';

    /// <summary>The name of the nested layout called <paramref name="simpleName"/> in a field table.</summary>
    public static string CatalogueName(string simpleName) =>
        IsScalarName(simpleName) ? ScalarNameEscape + simpleName : simpleName;

    /// <summary>
    /// Whether <paramref name="name"/> is a nested layout's name as <see cref="CatalogueName"/> writes it: not empty, no
    /// <c>[</c>, and escaped exactly when it is a scalar's catalogue name.
    /// </summary>
    public static bool IsCatalogueName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        // A loop, not Contains(char), which netstandard2.0 (the generator's and analyzers' target) lacks.
        foreach (char c in name)
        {
            if (c == '[')
            {
                return false;
            }
        }

        return name[0] == ScalarNameEscape
            ? IsScalarName(name.Substring(1))
            : !IsScalarName(name);
    }

    /// <summary>Whether <paramref name="name"/> is the catalogue name of a scalar (<c>int64</c>, <c>int24</c>, <c>guid</c>...).</summary>
    public static bool IsScalarName(string name)
    {
        foreach (ScalarInfo info in TypeCatalogue.All)
        {
            if (info.CatalogueName == name)
            {
                return true;
            }
        }

        foreach (ScalarInfo info in TypeCatalogue.AttributeSelected)
        {
            if (info.CatalogueName == name)
            {
                return true;
            }
        }

        return false;
    }
}
