using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>One record to append: its fixed leaves' values (in <see cref="Leaf.Of"/> order) and its variable-length values (in declaration order).</summary>
internal sealed record TableRecord(object[] Fixed, object?[] Variable);

/// <summary>A variable-length value replaced through a <c>Ref</c> setter after the table was reopened; a text <paramref name="AsBytes"/> goes through its <c>Bytes</c> setter.</summary>
internal sealed record Replacement(int Record, int Field, object? Value, bool AsBytes);

/// <summary>
/// One random life of a table of a layout with variable-length fields: the records appended to it, the capacity it is
/// created with (smaller than the record count, so the records grow too), and the values replaced after it was reopened.
/// </summary>
internal sealed record TableCase(TableRecord[] Records, int Capacity, Replacement[] Replacements)
{
    /// <summary>Cases for <paramref name="layout"/>, which CsCheck shrinks to fewer records, fewer replacements and shorter values.</summary>
    public static Gen<TableCase> For(TestLayout layout)
    {
        Leaf[] leaves = Leaf.Of(layout).ToArray();
        TestField[] variable = Variable(layout);
        Gen<object?>[] values = variable.Select(VariableLengthValues.For).ToArray();

        // Fixed values come from the random layouts' own drawing, seeded; only the variable-length values need to shrink.
        Gen<object[]> fixedValues = Gen.Int.Select(seed =>
        {
            var random = new Random(seed);
            return leaves.Select(leaf => RandomLayouts.Value(leaf, random)).ToArray();
        });
        Gen<object?[]> variableValues = values.Aggregate(
            Gen.Const(Array.Empty<object?>()),
            (earlier, next) => Gen.Select(earlier, next, (head, value) => (object?[])[.. head, value]));
        var records = Gen.Select(fixedValues, variableValues, (f, x) => new TableRecord(f, x));
        Gen<(int Field, object? Value)> replaced = Gen.Int[0, variable.Length - 1].SelectMany(field => values[field].Select(value => (field, value)));
        return records.Array[1, 8].SelectMany(appended => Gen.Select(
            Gen.Int[0, 4],
            Gen.Select(Gen.Int[0, appended.Length - 1], replaced, Gen.Bool)
                .Select((record, change, asBytes) => new Replacement(record, change.Field, change.Value, asBytes && variable[change.Field].Kind == TestFieldKind.Text && change.Value is not null))
                .Array[0, 4],
            (capacity, replacements) => new TableCase(appended, capacity, replacements)));
    }

    /// <summary>The layout's variable-length fields, in declaration order: the order of <see cref="TableRecord.Variable"/>.</summary>
    public static TestField[] Variable(TestLayout layout) => layout.Fields.Where(field => field.IsVariableLength).ToArray();

    /// <summary>The case as a failure prints it: the layout's declaration after those of the layouts it nests, then every value.</summary>
    public string Describe(TestLayout layout)
    {
        var text = new StringBuilder(Environment.NewLine);
        IEnumerable<TestLayout> nested = layout.Fields.Where(field => field.Nested is not null).Select(field => field.Nested!).Distinct();
        foreach (TestLayout declared in nested.Append(layout))
        {
            text.Append(declared.Declaration());
        }

        Leaf[] leaves = Leaf.Of(layout).ToArray();
        TestField[] variable = Variable(layout);
        text.Append(CultureInfo.InvariantCulture, $"created with capacity {Capacity}, {Records.Length} records appended:{Environment.NewLine}");
        for (int i = 0; i < Records.Length; i++)
        {
            IEnumerable<string> fixedParts = leaves.Select((leaf, j) => $"{leaf.Path.TrimStart('.')} = {Convert.ToString(Records[i].Fixed[j], CultureInfo.InvariantCulture)}");
            IEnumerable<string> variableParts = variable.Select((field, k) => $"{field.Name} = {VariableLengthValues.Describe(Records[i].Variable[k])}");
            text.Append(CultureInfo.InvariantCulture, $"  [{i}] {string.Join(", ", fixedParts.Concat(variableParts))}{Environment.NewLine}");
        }

        foreach (Replacement replacement in Replacements)
        {
            string setter = variable[replacement.Field].Name + (replacement.AsBytes ? "Bytes" : string.Empty);
            text.Append(CultureInfo.InvariantCulture, $"then table[{replacement.Record}].{setter} = {VariableLengthValues.Describe(replacement.Value)}{Environment.NewLine}");
        }

        return text.ToString();
    }
}
