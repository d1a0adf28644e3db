using System;
using System.Collections.Generic;
using System.Globalization;

namespace MappedStructs;

/// <summary>
/// A layout written out for readers in other languages and tools: a C header (<see cref="CHeader"/>), a numpy dtype
/// (<see cref="NumpyDtype"/>), an Arrow schema (<see cref="ArrowSchema"/>) and the C# declaration that reads the same file
/// (<see cref="CSharpDeclaration"/>). Each works on any <see cref="LayoutInfo"/>, a generated one (<c>LayoutInfo.Of&lt;T&gt;()</c>)
/// or a file's (<see cref="DescribedTable.Layout"/>), after the strict parse <see cref="DescribedTable.Open"/> makes of the
/// layout text, so both render alike. The type mapping is in docs/tool.md, "Type mapping".
/// </summary>
public static partial class LayoutRendering
{
    /// <summary>What each field's type name says, in field order, by the strict parse of <paramref name="layout"/>'s description.</summary>
    /// <exception cref="ArgumentException">The layout's field table is not one the generator writes (an unknown type name, a field outside the record).</exception>
    public static IReadOnlyList<DescribedFieldType> FieldTypes(LayoutInfo layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        try
        {
            return LayoutTextParser.Parse(layout, layout.Name).FieldTypes();
        }
        catch (InvalidTableFileException e)
        {
            throw new ArgumentException($"The layout {layout.Name} cannot be rendered: {e.Message}", nameof(layout), e);
        }
    }

    // A bit field's value in the smallest unsigned integer that holds its width.
    private static int BitValueBytes(int width) => width switch
    {
        <= 8 => 1,
        <= 16 => 2,
        <= 32 => 4,
        _ => 8,
    };

    // The layout's name without its namespace.
    private static string ShortName(LayoutInfo layout) => layout.Name[(layout.Name.LastIndexOf('.') + 1)..];

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
