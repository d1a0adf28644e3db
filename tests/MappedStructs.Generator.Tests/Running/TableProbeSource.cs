using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Writes a static probe class for a layout with variable-length fields, compiled with it, that drives a real table from
/// outside: it appends records built from boxed values, reopens the table read-only and read-write and reads every value
/// through the views (the zero-copy accessors) and through <c>Load</c>, and replaces values through the <c>Ref</c> setters.
/// </summary>
/// <remarks>
/// A record travels as two arrays: the fixed leaves' values in <see cref="Leaf.Of"/> order (enums as their underlying
/// integer) and the variable-length values in declaration order (text as a string, blobs as a byte array, arrays as an
/// array of the element type, for enum elements of the underlying integer, which the runtime casts to the enum array).
/// </remarks>
internal static class TableProbeSource
{
    /// <summary>A compilation unit with the layouts, a table probe for each that has variable-length fields, and their helpers.</summary>
    public static string Unit(IEnumerable<TestLayout> layouts) =>
        ProbeSource.Unit(layouts, layout => layout.HasVariableLengthFields ? For(layout) : string.Empty) + Helpers;

    /// <summary>
    /// Copies of a heap array read through the indexer, and the shape of the accessor (a span in place, or the element view
    /// that converts each element); overload resolution picks the one the accessor's type names.
    /// </summary>
    private const string Helpers = """

        public static class HeapProbe
        {
            public static T[] ByIndex<T>(ReadOnlySpan<T> elements)
            {
                var copy = new T[elements.Length];
                for (int i = 0; i < copy.Length; i++) { copy[i] = elements[i]; }
                return copy;
            }

            public static T[] ByIndex<T>(HeapElements<T> elements) where T : unmanaged
            {
                var copy = new T[elements.Length];
                for (int i = 0; i < copy.Length; i++) { copy[i] = elements[i]; }
                return copy;
            }

            public static string Shape<T>(ReadOnlySpan<T> elements) => "span";

            public static string Shape<T>(HeapElements<T> elements) where T : unmanaged => "elements";
        }

        """;

    public static string For(TestLayout layout)
    {
        Leaf[] leaves = Leaf.Of(layout).ToArray();
        TestField[] variable = layout.Fields.Where(field => field.IsVariableLength).ToArray();
        string type = layout.Name;
        string viewReads = ProbeSource.Reads(leaves) + Separator(leaves) + string.Join(", ", variable.Select(ViewReads));
        string loadReads = ProbeSource.Reads(leaves, "l") + Separator(leaves) + string.Join(", ", variable.Select(LoadRead));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            public static class TableProbe{{type}}
            {
                public static {{type}} Make(object?[] f, object?[] x) => {{Initializer(layout)}};

                public static long Append(string path, object?[][] f, object?[][] x, long capacity)
                {
                    using MappedTable<{{type}}> table = MappedTable<{{type}}>.Create(path, capacity);
                    for (int i = 0; i < f.Length; i++) { table.Append(Make(f[i], x[i])); }
                    return table.HeapLength;
                }

                public static object?[] ReadOnly(string path)
                {
                    using ReadOnlyMappedTable<{{type}}> table = ReadOnlyMappedTable<{{type}}>.Open(path);
                    var views = new object?[table.Count][];
                    var loads = new object?[table.Count][];
                    int n = 0;
                    foreach ({{type}}.ReadOnlyRef r in table) { views[n++] = new object?[] { {{viewReads}} }; }
                    for (int i = 0; i < loads.Length; i++) { {{type}} l = (({{type}}.ReadOnlyRef)table[i]).Load(); loads[i] = new object?[] { {{loadReads}} }; }
                    return new object?[] { table.Count, table.HeapLength, views, loads };
                }

                public static object?[] ReadWrite(string path)
                {
                    using MappedTable<{{type}}> table = MappedTable<{{type}}>.Open(path, MapAccess.ReadWrite);
                    var views = new object?[table.Count][];
                    var loads = new object?[table.Count][];
                    for (int i = 0; i < views.Length; i++)
                    {
                        {{type}}.Ref r = table[i];
                        views[i] = new object?[] { {{viewReads}} };
                        {{type}} l = r.Load();
                        loads[i] = new object?[] { {{loadReads}} };
                    }

                    return new object?[] { table.Count, table.HeapLength, views, loads };
                }

                public static long Replace(string path, int[] records, int[] fields, object?[] values, bool[] asBytes)
                {
                    using MappedTable<{{type}}> table = MappedTable<{{type}}>.Open(path, MapAccess.ReadWrite);
                    for (int k = 0; k < records.Length; k++)
                    {
                        {{type}}.Ref r = table[records[k]];
                        switch (fields[k])
                        {

            """);
        for (int i = 0; i < variable.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"                case {i}: {Setter(variable[i])} break;\n");
        }

        text.Append("""
                            default: throw new ArgumentOutOfRangeException(nameof(fields));
                        }
                    }

                    return table.HeapLength;
                }
            }

            """);
        return text.ToString();
    }

    private static string Separator(Leaf[] leaves) => leaves.Length > 0 ? ", " : string.Empty;

    /// <summary>What a view gives for one variable-length field, as a sub-array the test takes apart (see <see cref="TableRoundTrip"/>).</summary>
    private static string ViewReads(TestField field) => field.Kind switch
    {
        TestFieldKind.Text => $"new object?[] {{ r.{field.Name}, r.{field.Name}Bytes.ToArray(), r.{field.Name}Reference.Length }}",
        TestFieldKind.Blob => $"new object?[] {{ r.{field.Name}.ToArray(), r.{field.Name}Reference.Length }}",
        _ => $"new object?[] {{ r.{field.Name}.ToArray(), HeapProbe.ByIndex(r.{field.Name}), HeapProbe.Shape(r.{field.Name}), r.{field.Name}Reference.Length }}",
    };

    private static string LoadRead(TestField field) =>
        field.Kind == TestFieldKind.Blob && field.MemoryBlob ? $"l.{field.Name}.ToArray()" : $"l.{field.Name}";

    /// <summary>The setter call for one variable-length field; a text given as bytes goes through the <c>Bytes</c> setter.</summary>
    private static string Setter(TestField field) => field.Kind switch
    {
        TestFieldKind.Text => $"if (asBytes[k]) {{ r.{field.Name}Bytes = (byte[])values[k]!; }} else {{ r.{field.Name} = (string)values[k]!; }}",
        TestFieldKind.Blob => $"r.{field.Name} = (byte[])values[k]!;",
        _ => $"r.{field.Name} = ({TestLayout.TypeOf(field)})values[k]!;",
    };

    /// <summary>An object initializer for <paramref name="layout"/> taking the fixed leaves from <c>f</c> and the variable-length values from <c>x</c>.</summary>
    private static string Initializer(TestLayout layout)
    {
        int fixedIndex = 0;
        int variableIndex = 0;
        return Initializer(layout, ref fixedIndex, ref variableIndex);
    }

    // Consumes the leaves in the order Leaf.Of yields them: declaration order, array elements in turn, nested layouts inline.
    private static string Initializer(TestLayout layout, ref int fixedIndex, ref int variableIndex)
    {
        var members = new List<string>();
        foreach (TestField field in layout.Fields)
        {
            string value;
            switch (field.Kind)
            {
                case TestFieldKind.Array:
                    var elements = new List<string>();
                    for (int i = 0; i < field.Length; i++)
                    {
                        elements.Add(Scalar(field.Scalar, fixedIndex++));
                    }

                    value = $"new {TestLayout.TypeOf(field)} {{ {string.Join(", ", elements)} }}";
                    break;
                case TestFieldKind.Nested:
                    value = Initializer(field.Nested!, ref fixedIndex, ref variableIndex);
                    break;
                case TestFieldKind.NestedArray:
                    var nested = new List<string>();
                    for (int i = 0; i < field.Length; i++)
                    {
                        nested.Add(Initializer(field.Nested!, ref fixedIndex, ref variableIndex));
                    }

                    value = $"new {TestLayout.TypeOf(field)} {{ {string.Join(", ", nested)} }}";
                    break;
                case TestFieldKind.Enum:
                    value = $"({TestLayout.EnumName(field.Scalar)}){Scalar(field.Scalar, fixedIndex++)}";
                    break;
                case TestFieldKind.Utf8:
                    value = $"(string)f[{fixedIndex++}]!";
                    break;
                case TestFieldKind.Blob when field.MemoryBlob:
                    value = $"new ReadOnlyMemory<byte>((byte[]?)x[{variableIndex++}])";
                    break;
                case TestFieldKind.Text or TestFieldKind.Blob or TestFieldKind.VarArray:
                    value = $"({TestLayout.TypeOf(field)})x[{variableIndex++}]!";
                    break;
                default:
                    value = Scalar(field.Scalar, fixedIndex++);
                    break;
            }

            members.Add($"{field.Name} = {value}");
        }

        return $"new {layout.Name} {{ {string.Join(", ", members)} }}";
    }

    private static string Scalar(ScalarType scalar, int index) => $"({TypeCatalogue.Get(scalar).CSharpName})f[{index}]!";
}
