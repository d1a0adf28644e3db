using System;
using System.Linq;
using MappedStructs.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>A layout's generated code depends on the layouts it nests, even when they live in another file.</summary>
public class NestedEditTests
{
    [Fact]
    public void Editing_a_nested_layout_in_another_file_regenerates_the_outer_layout()
    {
        const string InnerSource = "using MappedStructs;\nnamespace N;\n[MappedLayout] public partial record struct Inner { public int A { get; init; } }";
        const string OuterSource = "using MappedStructs;\nnamespace N;\n[MappedLayout] public partial record struct Outer { public Inner In { get; init; } public byte B { get; init; } }";
        CSharpCompilation compilation = GeneratorHarness.Compile("Nested", InnerSource, OuterSource);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation, TestContext.Current.CancellationToken);
        string before = OuterText(driver);
        Assert.Contains("public const int Size = 8;", before, StringComparison.Ordinal);

        SyntaxTree innerTree = compilation.SyntaxTrees.First();
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(
            innerTree,
            innerTree.WithChangedText(innerTree.GetText(TestContext.Current.CancellationToken).Replace(0, innerTree.Length, InnerSource.Replace("int A", "long A", StringComparison.Ordinal))));
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out Compilation output, out _, TestContext.Current.CancellationToken);

        Assert.Contains("public const int Size = 16;", OuterText(driver), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    private static string OuterText(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "N.Outer.g.cs").SourceText.ToString();
}
