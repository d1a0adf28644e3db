using System.Collections.Immutable;
using System.Linq;
using MappedStructs.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>
/// The record extensions are C# 14 extension blocks: a project on C# 13 gets the views without them, and its code still
/// compiles; C# 14 and later get them.
/// </summary>
public class LanguageVersionTests
{
    private const string Source = """
        using MappedStructs;

        namespace Markets;

        [MappedLayout]
        public partial record struct Trade
        {
            public long Id { get; init; }
            public double Price { get; init; }
        }

        public static class Use
        {
            public static double Sum(MappedTable<Trade> table)
            {
                double total = 0;
                foreach (Trade.ReadOnlyRef r in table)
                {
                    total += r.Price;
                }

                return total;
            }
        }
        """;

    private const string TypedUse = """
        namespace Markets;

        public static class TypedUse
        {
            public static double Sum(MappedStructs.MappedTable<Trade> table)
            {
                double total = 0;
                foreach (MappedStructs.ReadOnlyMappedRecord<Trade> r in table)
                {
                    total += r.Price;
                }

                return total + table.BinarySearch(3L, static r => r.Id);
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp13, false)]
    [InlineData(LanguageVersion.CSharp14, true)]
    [InlineData(LanguageVersion.Preview, true)]
    public void Record_extensions_are_generated_from_CSharp_14(LanguageVersion version, bool expected)
    {
        (Compilation output, GeneratorRunResult result) = Run(version, Source);

        string text = Assert.Single(result.GeneratedSources).SourceText.ToString();
        Assert.Equal(expected, text.Contains("public static class TradeRecordExtensions", System.StringComparison.Ordinal));
        Assert.True(GeneratorHarness.Problems(output).Count == 0, GeneratorHarness.Describe(GeneratorHarness.Problems(output)));
    }

    [Fact]
    public void On_CSharp_14_a_record_slot_has_the_fields_with_no_cast()
    {
        (Compilation output, _) = Run(LanguageVersion.CSharp14, Source, TypedUse);
        Assert.True(GeneratorHarness.Problems(output).Count == 0, GeneratorHarness.Describe(GeneratorHarness.Problems(output)));
    }

    [Fact]
    public void On_CSharp_13_a_record_slot_has_no_fields()
    {
        (Compilation output, _) = Run(LanguageVersion.CSharp13, Source, TypedUse);
        Assert.Contains(GeneratorHarness.Problems(output), problem => problem.Id == "CS1061");
    }

    private static (Compilation Output, GeneratorRunResult Result) Run(LanguageVersion version, params string[] sources)
    {
        CSharpParseOptions options = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        var input = CSharpCompilation.Create(
            "LanguageVersions",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: $"User{i}.cs")),
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new LayoutGenerator().AsSourceGenerator()], parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        return (output, Assert.Single(driver.GetRunResult().Results));
    }
}
