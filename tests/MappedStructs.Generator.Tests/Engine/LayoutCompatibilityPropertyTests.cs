using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>
/// The evolution rules over random field tables: every compatible evolution (fields appended with a later Since,
/// fields deprecated, fields renamed with a former name, the record grown) passes, and every incompatible one (a field
/// moved, resized, retyped, reordered in bytes, removed, added without Since or inside the older record) is refused naming
/// the field and the rule. The rules are pure data, so they are tested here directly; the runtime applies the same
/// <c>LayoutCompatibility</c> to a file's stored field table (tests/MappedStructs.Integration.Tests/Versions
/// opens compiled layouts of three versions through it).
/// </summary>
public class LayoutCompatibilityPropertyTests
{
    private static readonly int[] s_sizes = [1, 2, 4, 8];

    private enum Mutation
    {
        Move,
        Resize,
        Retype,
        Reorder,
        Remove,
        AddWithoutSince,
        AddInside,
    }

    private static LayoutFieldRow Row(string name, long offset, long size, int since = 1, int deprecated = 0, string? type = null, string order = "Little", params string[] former) =>
        new(name, new EquatableArray<string>(former), offset, size, type ?? "Scalar int" + (size * 8), order, since, deprecated);

    /// <summary>A random version-1 table: 1 to 8 fields, each at its natural alignment after the last.</summary>
    private static LayoutFieldTable RandomTable(Random random, int version)
    {
        int count = random.Next(1, 9);
        var rows = new List<LayoutFieldRow>();
        long cursor = 0;
        for (int i = 0; i < count; i++)
        {
            int size = s_sizes[random.Next(s_sizes.Length)];
            cursor = (cursor + size - 1) / size * size;
            rows.Add(Row("F" + i, cursor, size));
            cursor += size;
        }

        return new LayoutFieldTable(version, (cursor + 7) / 8 * 8, new EquatableArray<LayoutFieldRow>(rows.ToArray()));
    }

    /// <summary>A compatible next version: some fields deprecated or renamed, some appended after the record's end.</summary>
    private static LayoutFieldTable Evolve(Random random, LayoutFieldTable older)
    {
        int version = older.Version + 1;
        var rows = older.Fields.Select(row => random.Next(4) switch
        {
            0 when row.Deprecated == 0 => row with { Deprecated = version },
            // A field renamed again keeps every name it had, as [FormerName] attributes accumulate.
            1 => row with { Name = row.Name + "Renamed", FormerNames = new EquatableArray<string>([.. row.FormerNames, row.Name]) },
            _ => row,
        }).ToList();
        long cursor = older.RecordSize;
        int added = random.Next(0, 4);
        for (int i = 0; i < added; i++)
        {
            int size = s_sizes[random.Next(s_sizes.Length)];
            cursor = (cursor + size - 1) / size * size;
            rows.Add(Row($"V{version}F{i}", cursor, size, since: version));
            cursor += size;
        }

        return new LayoutFieldTable(version, Math.Max(older.RecordSize, (cursor + 7) / 8 * 8), new EquatableArray<LayoutFieldRow>(rows.ToArray()));
    }

    [Fact]
    public void Every_chain_of_compatible_evolutions_passes_between_any_two_of_its_versions()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var versions = new List<LayoutFieldTable> { RandomTable(random, 1) };
                for (int i = 0; i < 3; i++)
                {
                    versions.Add(Evolve(random, versions[^1]));
                }

                for (int older = 0; older < versions.Count; older++)
                {
                    for (int newer = older; newer < versions.Count; newer++)
                    {
                        IReadOnlyList<CompatibilityBreak> breaks = LayoutCompatibility.Compare(versions[older], versions[newer]);
                        Assert.True(breaks.Count == 0, $"v{older + 1} -> v{newer + 1}: {string.Join("; ", breaks.Select(b => b.Message))}");
                    }
                }
            },
            iter: 1000,
            threads: 1);
    }

    [Fact]
    public void Every_incompatible_evolution_is_refused_naming_the_field_and_the_rule()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                LayoutFieldTable older = RandomTable(random, 1);
                LayoutFieldTable newer = Evolve(random, older);
                var mutation = (Mutation)random.Next(Enum.GetValues<Mutation>().Length);
                (LayoutFieldTable broken, string field, CompatibilityRule rule) = Break(random, older, newer, mutation);
                IReadOnlyList<CompatibilityBreak> breaks = LayoutCompatibility.Compare(older, broken);
                Assert.True(
                    breaks.Any(b => b.Field == field && b.Rule == rule),
                    $"{mutation} of '{field}' should break {rule}; got: {string.Join("; ", breaks.Select(b => $"{b.Field} {b.Rule}"))}");
            },
            iter: 2000,
            threads: 1);
    }

    private static (LayoutFieldTable Table, string Field, CompatibilityRule Rule) Break(Random random, LayoutFieldTable older, LayoutFieldTable newer, Mutation mutation)
    {
        List<LayoutFieldRow> rows = [.. newer.Fields];
        int index = random.Next(older.Fields.Count);
        LayoutFieldRow target = rows[index];
        (LayoutFieldRow? changed, CompatibilityRule rule) = mutation switch
        {
            Mutation.Move => (target with { Offset = newer.RecordSize + 8 }, CompatibilityRule.OffsetChanged),
            Mutation.Resize => (target with { Size = target.Size * 2 }, CompatibilityRule.SizeChanged),
            Mutation.Retype => (target with { Type = "Scalar float" + (target.Size * 8) + "x" }, CompatibilityRule.TypeChanged),
            Mutation.Reorder => (target with { ByteOrder = "Big" }, CompatibilityRule.ByteOrderChanged),
            Mutation.Remove => (null, CompatibilityRule.FieldRemoved),
            _ => (target, CompatibilityRule.AddedWithoutSince),
        };
        string field = target.Name;
        if (mutation == Mutation.Remove)
        {
            // Every field of a random version 1 is in use, so none may go; the break names it by its older name.
            rows.RemoveAt(index);
            field = older.Fields[index].Name;
        }
        else if (mutation == Mutation.AddWithoutSince)
        {
            field = "Unversioned";
            rows.Add(Row(field, newer.RecordSize, 8, since: older.Version));
        }
        else if (mutation == Mutation.AddInside)
        {
            field = "Inside";
            rule = CompatibilityRule.BytesReused;
            rows.Add(Row(field, older.Fields[index].Offset, 1, since: newer.Version));
        }
        else
        {
            rows[index] = changed!;
        }

        return (newer with { Fields = new EquatableArray<LayoutFieldRow>(rows.ToArray()), RecordSize = Math.Max(newer.RecordSize, rows.Count == 0 ? 0 : rows.Max(r => r.Offset + r.Size)) }, field, rule);
    }
}
