using System.IO;
using MappedStructs.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Scratch;

public class ScratchTests
{
    [Fact]
    public void Dump()
    {
        var (output, result) = GeneratorHarness.Run("Scratch", """
            using System;
            using MappedStructs;
            namespace Demo;
            public enum Side : byte { Buy = 1, Sell = 2 }
            [MappedLayout(Size = 16)]
            public partial record struct Point { [Field(0)] public int X { get; init; } [Field(4)] public int Y { get; init; } }
            [MappedLayout(Size = 128, Endian = Endianness.Big)]
            public partial record struct Trade
            {
                [Field(0)]  public long Id { get; init; }
                [Field(8)]  public double Price { get; init; }
                [Field(16)] public int Quantity { get; init; }
                [Field(20)] public Side Side { get; init; }
                [Field(21)] public bool Flag { get; init; }
                [Field(22)] public char C { get; init; }
                [Field(24), Utf8(16)] public string Symbol { get; init; }
                [Field(40), Atomic] public long Version { get; init; }
                [Field(48), FixedArray(4)] public short[] Samples { get; init; }
                [Field(56), FixedArray(2)] public Point[] Points { get; init; }
                [Field(88)] public Guid G { get; init; }
                [Field(104)] public DateTime T { get; init; }
                [Field(112)] public Point P { get; init; }
            }
            """);
        foreach (var source in result.GeneratedSources)
        {
            File.WriteAllText("/tmp/gen_" + source.HintName, source.SourceText.ToString());
        }
        Assert.True(GeneratorHarness.Problems(output).Count == 0, GeneratorHarness.Describe(GeneratorHarness.Problems(output)));
    }
}
