using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>
/// The engine is total: for any declaration, however extreme its numbers (int.MaxValue and negative offsets, huge arrays,
/// huge Size and Pack, deep nesting, cycles), it answers with violations and never throws; and a layout it calls valid
/// has every field inside a size that fits in int.
/// </summary>
public class ExtremeValuePropertyTests
{
    private static readonly int[] s_extremes =
        [int.MinValue, -1, 0, 1, 2, 3, 7, 8, 4096, 1_100_000_000, int.MaxValue / 2, int.MaxValue - 64, int.MaxValue - 8, int.MaxValue - 1, int.MaxValue];

    private static readonly ScalarType[] s_scalars = TypeCatalogue.All.Select(info => info.Type).ToArray();

    [Fact]
    public void Extreme_declarations_never_throw_and_valid_layouts_fit()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                IReadOnlyList<LayoutSpec> specs = DrawSpecs(random);
                foreach (LayoutSpec spec in specs)
                {
                    ResolvedLayout layout = LayoutEngine.Resolve(spec, name => specs.FirstOrDefault(s => s.QualifiedName == name));
                    if (layout.IsValidForGeneration)
                    {
                        AssertFits(layout);
                    }
                }
            },
            iter: 2000,
            threads: 1);
    }

    private static void AssertFits(ResolvedLayout layout)
    {
        Assert.Equal(layout.Spec.Fields.Count, layout.Fields.Count);
        Assert.InRange(layout.Size, 1, LayoutEngine.MaxLayoutSize);
        Assert.True(layout.Size >= layout.RequiredSize, $"{layout.Spec.Name}: Size {layout.Size} < required {layout.RequiredSize}");
        foreach (ResolvedField field in layout.Fields)
        {
            Assert.True(field.Offset >= 0 && field.Size > 0, $"{field.Name}: offset {field.Offset}, size {field.Size}");
            Assert.True((long)field.Offset + field.Size <= layout.Size, $"{field.Name} ends at {(long)field.Offset + field.Size}, past Size {layout.Size}");
            Assert.Equal((long)field.ElementSize * field.ElementCount, field.Size);
        }

        ResolvedField[] sorted = layout.Fields.OrderBy(f => f.Offset).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            Assert.True(sorted[i - 1].End <= sorted[i].Offset, $"{sorted[i - 1].Name} overlaps {sorted[i].Name}");
        }
    }

    /// <summary>A chain of layouts (each may nest any other, so cycles happen) with extreme numbers everywhere.</summary>
    private static List<LayoutSpec> DrawSpecs(Random random)
    {
        int count = 1 + random.Next(6);
        string[] names = Enumerable.Range(0, count).Select(i => "X" + i).ToArray();
        var specs = new List<LayoutSpec>();
        for (int i = 0; i < count; i++)
        {
            bool explicitOffsets = random.Next(2) == 0;
            var fields = new List<FieldSpec>();
            int fieldCount = random.Next(5);
            for (int f = 0; f < fieldCount; f++)
            {
                int? offset = explicitOffsets ? Number(random) : null;
                fields.Add(random.Next(5) switch
                {
                    0 => F("F" + f, s_scalars[random.Next(s_scalars.Length)], offset, atomic: random.Next(4) == 0),
                    1 => Str("F" + f, Number(random), offset),
                    2 => Arr("F" + f, s_scalars[random.Next(s_scalars.Length)], Number(random), offset),
                    3 => new FieldSpec("F" + f, FieldType.ForNested("global::Tests." + names[random.Next(count)], "N"), offset),
                    _ => new FieldSpec(
                        "F" + f,
                        FieldType.ForArray(FieldType.ForNested("global::Tests." + names[random.Next(count)], "N")),
                        offset,
                        FixedArrayLength: Number(random)),
                });
            }

            int size = random.Next(3) == 0 ? Number(random) : 0;
            int pack = random.Next(3) == 0 ? Number(random) : 0;
            specs.Add(Spec(names[i], [.. fields], size: size, pack: pack));
        }

        return specs;
    }

    private static int Number(Random random) => random.Next(3) == 0 ? random.Next(int.MinValue, int.MaxValue) : s_extremes[random.Next(s_extremes.Length)];
}
