using System;
using System.Collections.Generic;

namespace MappedStructs.Tool;

/// <summary>
/// The <c>--where FIELD=VALUE</c> conditions of <c>show</c>: a record matches when each named field's printed value
/// (<see cref="ValueText.Text"/>) equals VALUE exactly, so any field kind can be matched by what <c>show</c> prints for it.
/// </summary>
internal sealed class RecordFilter
{
    private readonly (int Field, string Value)[] _conditions;

    private RecordFilter((int Field, string Value)[] conditions) => _conditions = conditions;

    public bool IsEmpty => _conditions.Length == 0;

    public static RecordFilter Parse(DescribedTable table, IReadOnlyList<string> conditions)
    {
        var parsed = new (int, string)[conditions.Count];
        for (int i = 0; i < parsed.Length; i++)
        {
            string condition = conditions[i];
            int equals = condition.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ToolException($"--where '{condition}' is not FIELD=VALUE.", ExitCodes.BadArguments);
            }

            string name = condition[..equals];
            int field = -1;
            for (int f = 0; f < table.Layout.Fields.Count; f++)
            {
                field = table.Layout.Fields[f].Name == name ? f : field;
            }

            parsed[i] = field >= 0
                ? (field, condition[(equals + 1)..])
                : throw new ToolException($"--where names '{name}', but the layout {table.Layout.Name} has no such field (its fields: {string.Join(", ", FieldNames(table))}).", ExitCodes.BadArguments);
        }

        return new RecordFilter(parsed);
    }

    public bool Matches(DescribedTable table, long row)
    {
        foreach ((int field, string value) in _conditions)
        {
            if (!string.Equals(ValueText.Text(table.GetValue(row, field)), value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> FieldNames(DescribedTable table)
    {
        foreach (LayoutField field in table.Layout.Fields)
        {
            yield return field.Name;
        }
    }
}
