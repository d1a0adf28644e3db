using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MappedStructs.Generator.Tests.Running.Versions;

/// <summary>
/// C# source for a drawn pair: the older declaration in <c>Evolution.Pn.Older</c>, the newer in <c>Evolution.Pn.Newer</c>
/// (both named <c>L</c>: a table file records fields, not C# names), and a static <c>Probe</c> that writes a one-record
/// table with either version from a value per field, reads a table's first record back as a value per field, and appends
/// with the older version.
/// </summary>
internal static class EvolutionProbeSource
{
    public static string Unit(IEnumerable<EvolvedPair> pairs)
    {
        var text = new StringBuilder("using MappedStructs;\n\n");
        foreach (EvolvedPair pair in pairs)
        {
            Declaration(text, pair.Namespace + ".Older", pair.Older);
            Declaration(text, pair.Namespace + ".Newer", pair.Newer);
            Probe(text, pair);
        }

        return text.ToString();
    }

    private static void Declaration(StringBuilder text, string ns, EvolvedLayout layout)
    {
        string endian = layout.BigEndian ? ", Endian = Endianness.Big" : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"namespace {ns}\n{{\n    [MappedLayout(Size = {layout.Size}, Version = {layout.Version}{endian})]\n    public partial record struct L\n    {{\n");
        foreach (EvolvedField field in layout.Fields)
        {
            var arguments = new List<string> { field.Offset.ToString(CultureInfo.InvariantCulture) };
            if (field.Since != 1)
            {
                arguments.Add($"Since = {field.Since}");
            }

            if (field.Deprecated != 0)
            {
                arguments.Add($"Deprecated = {field.Deprecated}");
            }

            if (field.Default is long value)
            {
                arguments.Add($"Default = ({field.Type.Keyword}){value}");
            }

            string formerName = field.FormerName is null ? string.Empty : $", FormerName(\"{field.FormerName}\")";
            text.Append(CultureInfo.InvariantCulture, $"        [Field({string.Join(", ", arguments)}){formerName}] public {field.Type.Keyword} {field.Name} {{ get; init; }}\n");
        }

        text.Append("    }\n}\n\n");
    }

    private static void Probe(StringBuilder text, EvolvedPair pair)
    {
        text.Append(CultureInfo.InvariantCulture, $"namespace {pair.Namespace}\n{{\n    public static class Probe\n    {{\n");
        foreach ((string version, EvolvedLayout layout) in new[] { ("Older", pair.Older), ("Newer", pair.Newer) })
        {
            // Deprecated fields are left out of the record written: Store puts their Default in their bytes.
            string assignments = string.Join(", ", layout.Fields
                .Select((field, i) => (field, i))
                .Where(f => f.field.Deprecated == 0)
                .Select(f => $"{f.field.Name} = unchecked(({f.field.Type.Keyword})v[{f.i}])"));
            string reads = string.Join(", ", layout.Fields.Select(f => $"unchecked((long)r.{f.Name})"));
            text.Append(CultureInfo.InvariantCulture, $"        public static void Write{version}(string path, long[] v)\n        {{\n            using var table = MappedTable<{version}.L>.Create(path, 4);\n            table.Append(new {version}.L {{ {assignments} }});\n        }}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"        public static long[] ReadWith{version}(string path)\n        {{\n            using var table = ReadOnlyMappedTable<{version}.L>.Open(path);\n            {version}.L r = table[0].Load();\n            return new long[] {{ {reads} }};\n        }}\n\n");
        }

        text.Append("        public static void AppendWithOlder(string path)\n        {\n            using var table = MappedTable<Older.L>.Open(path, MapAccess.ReadWrite);\n            table.Append(default);\n        }\n    }\n}\n\n");
    }
}
