using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Writes a static probe class for a layout, compiled with it: it reads every leaf through <c>Ref</c> and <c>ReadOnlyRef</c>,
/// writes every leaf through <c>Ref</c>, and copies records with Load/Store, so tests can drive ref structs from outside.
/// </summary>
internal static class ProbeSource
{
    public static string For(TestLayout layout)
    {
        Leaf[] leaves = Leaf.Of(layout).ToArray();
        string type = layout.Name;

        // A per-view layout's probes take the order their views are made with, and pass it to every From and copy.
        string orderParameter = layout.PerView ? ", Endianness order" : string.Empty;
        string orderArgument = layout.PerView ? ", order" : string.Empty;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"public static class Probe{type}\n{{\n");
        text.Append(CultureInfo.InvariantCulture, $"    public static object?[] ReadOnly(byte[] bytes{orderParameter})\n    {{\n        {type}.ReadOnlyRef r = {type}.ReadOnlyRef.From(bytes{orderArgument});\n        return new object?[] {{ {Reads(leaves)} }};\n    }}\n");
        text.Append(CultureInfo.InvariantCulture, $"    public static object?[] Writable(byte[] bytes{orderParameter})\n    {{\n        {type}.Ref r = {type}.Ref.From(bytes{orderArgument});\n        return new object?[] {{ {Reads(leaves)} }};\n    }}\n");
        text.Append(CultureInfo.InvariantCulture, $"    public static void Write(byte[] bytes, object?[] v{orderParameter})\n    {{\n        {type}.Ref w = {type}.Ref.From(bytes{orderArgument});\n");
        for (int i = 0; i < leaves.Length; i++)
        {
            Leaf leaf = leaves[i];
            string value = leaf.Kind == TestFieldKind.Enum
                ? $"({TestLayout.EnumName(leaf.Scalar)})({leaf.BoxedType})v[{i}]!"
                : $"({leaf.BoxedType})v[{i}]!";

            // Views are values: C# only lets us assign through a nested or element view held in a local (CS1612).
            text.Append(leaf.Parent.Length == 0
                ? $"        w{leaf.Accessor} = {value};\n"
                : $"        {{ var view = w{leaf.Parent}; view{leaf.Accessor} = {value}; }}\n");
        }

        text.Append("    }\n");
        text.Append(CultureInfo.InvariantCulture, $"    public static void LoadThenStore(byte[] source, byte[] destination{orderParameter})\n    {{\n        {type} value = {type}.LoadFrom(source{orderArgument});\n        {type}.StoreTo(value, destination{orderArgument});\n    }}\n");
        text.Append(CultureInfo.InvariantCulture, $"    public static void RefLoadThenRefStore(byte[] source, byte[] destination{orderParameter})\n    {{\n        {type} value = {type}.Ref.From(source{orderArgument}).Load();\n        {type}.Ref.From(destination{orderArgument}).Store(value);\n    }}\n");
        text.Append(CultureInfo.InvariantCulture, $"    public static object Load(byte[] source{orderParameter}) => {type}.ReadOnlyRef.From(source{orderArgument}).Load();\n");
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>Every leaf read from <paramref name="receiver"/> (a view or a record struct), enums as their underlying integer.</summary>
    public static string Reads(IReadOnlyList<Leaf> leaves, string receiver = "r") => string.Join(", ", leaves.Select(leaf =>
        leaf.Kind == TestFieldKind.Enum ? $"({leaf.BoxedType}){receiver}{leaf.Path}" : $"{receiver}{leaf.Path}"));

    /// <summary>A compilation unit with the layouts (inner ones first) and their probes: <see cref="For"/>'s unless <paramref name="probe"/> is given.</summary>
    public static string Unit(IEnumerable<TestLayout> layouts, Func<TestLayout, string>? probe = null)
    {
        probe ??= For;
        var text = new StringBuilder("using System;\nusing MappedStructs;\n\nnamespace Probes;\n\n");
        text.Append(TestLayout.EnumDeclarations());
        foreach (TestLayout layout in layouts)
        {
            text.Append('\n').Append(layout.Declaration()).Append('\n').Append(probe(layout));
        }

        return text.ToString();
    }
}
